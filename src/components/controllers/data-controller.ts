import type { ReactiveControllerHost } from 'lit';
import type { DataProblem, Milestone } from '../../model/milestone.js';
import { normalize } from '../../model/normalize.js';
import { emit, type DataSource } from '../events.js';

/** Loads the built-in milestones for a UI language ('en', 'vi', 'ru'). */
export type BuiltInDataLoader = (lang: string) => Promise<readonly Milestone[]>;

/**
 * Where the element's milestones come from: the `milestones` property when it is set, else the built-in
 * dataset in the UI language. Everything goes through normalize(); what is left out is reported once, as a
 * `vr-data-error` event and one console warning, after the update that shows the rest (a listener may set
 * new data). The host pulls from it in willUpdate (sync). (The `src`, inline JSON and fallback-list inputs
 * of the design belong here too.)
 */
export class DataController {
  /** The valid milestones, in date order. A new array whenever the data changes. */
  milestones: readonly Milestone[] = [];
  loading = false;
  /** How many milestones the last input left out. */
  problemCount = 0;
  /** True when the built-in data was asked for and could not be loaded. */
  failed = false;
  /** Language of the built-in data loaded or loading, or null when the page gave data. */
  private builtInLang: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly builtInLoader: () => BuiltInDataLoader | null,
  ) {}

  /** True when the milestones shown are the built-in Vietnam–Russia dataset. */
  get builtIn(): boolean {
    return this.builtInLang !== null;
  }

  /**
   * Called from the host's willUpdate. `given` is the `milestones` property; `givenChanged` says whether it
   * changed in this update. With nothing given, the built-in data of `lang` is loaded (once per language).
   */
  sync(given: readonly Milestone[] | undefined, givenChanged: boolean, lang: string): void {
    if (given !== undefined) {
      if (!givenChanged) return;
      this.builtInLang = null;
      this.failed = false;
      this.accept(given, 'property');
      return;
    }
    const load = this.builtInLoader();
    if (this.builtInLang === lang || !load) return;
    this.builtInLang = lang;
    this.loading = true;
    this.failed = false;
    load(lang)
      .then((data) => {
        if (this.builtInLang === lang) this.accept(data, 'built-in');
      })
      .catch((error: unknown) => {
        if (this.builtInLang !== lang) return;
        this.failed = true;
        this.report([{ index: -1, message: `The built-in dataset did not load: ${String(error)}` }], 'built-in');
      })
      .finally(() => {
        this.loading = false;
        this.host.requestUpdate();
      });
  }

  private accept(input: unknown, source: DataSource): void {
    const { milestones, problems } = normalize(input);
    this.milestones = milestones;
    this.report(problems, source);
    this.host.requestUpdate();
  }

  private report(problems: DataProblem[], source: DataSource): void {
    this.problemCount = this.failed ? 0 : problems.length;
    if (!problems.length) return;
    console.warn(
      `<vr-timeline>: ${this.failed ? problems[0]!.message : `${problems.length} milestone(s) left out:`}\n` +
        (this.failed ? '' : problems.map((p) => `  #${p.index}${p.id ? ` (${p.id})` : ''}: ${p.message}`).join('\n')),
    );
    // After the update that shows the valid milestones, never from inside it: a listener may set new data.
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => emit(this.host, 'vr-data-error', { problems, source }));
  }
}
