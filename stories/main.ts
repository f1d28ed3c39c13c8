// A small Component Story Format renderer and embed generator: lists the stories, renders the chosen one
// with the page's controls as args, writes the embed code that follows them (script or iframe) and lists
// the element's API from its manifest. The URL keeps the story, the site theme and every control that
// differs from the story's own (?story=Name&lang=vi&theme=dark&site=print), so a link shares the state.
import { html, nothing, render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import '../src/define.js';
import { vietnamRussiaMilestones } from '../src/data/vietnam-russia.js';
import { stringsFor } from '../src/i18n/strings.js';
import { renderApiPanel } from './api-panel.js';
import { CSS_CONTROLS, iframeEmbed, iframeLeavesOut, isValidCss, scriptEmbed } from './embed-snippet.js';
import { isSiteTheme, SITE_THEMES, type SiteThemeName } from './site-themes.js';
import * as module from './vr-timeline.stories.js';
import type { Control, Story, StoryArgs } from './vr-timeline.stories.js';

const { default: meta, __namedExportsOrder: names, ...rest } = module;
const stories = rest as unknown as Record<string, Story>;
const CONTROLS = Object.keys(meta.args) as Control[];
/** What an editor sets once and keeps from story to story: the language and the look. */
const CARRIED: readonly Control[] = ['lang', 'theme', 'height', 'accent', 'font'];
/** What a site theme sets (and forgets, when another is chosen). */
const THEMED: readonly Control[] = ['theme', 'accent', 'font'];
const CHOICES: Partial<Record<Control, readonly (readonly [value: string, label: string])[]>> = {
  lang: [
    ['en', 'English (en)'],
    ['vi', 'Tiếng Việt (vi)'],
    ['ru', 'Русский (ru)'],
  ],
  theme: [
    ['', 'none: the page’s'],
    ['auto', 'auto: the reader’s setting'],
    ['light', 'light'],
    ['dark', 'dark'],
  ],
  orientation: [
    ['auto', 'auto: by its width'],
    ['horizontal', 'horizontal'],
    ['vertical', 'vertical'],
  ],
};
const LABELS: Record<Control, string> = {
  lang: 'Language (lang)',
  theme: 'Theme (theme)',
  orientation: 'Orientation',
  selected: 'Selected milestone (id)',
  src: 'Data address (src)',
  height: 'Height (--vr-height)',
  accent: 'Accent (--vr-accent)',
  font: 'Font (--vr-font-family)',
};
const PLACEHOLDERS: Partial<Record<Control, string>> = { selected: 'none', src: 'none: the built-in data', height: '300px', accent: '#c62828', font: 'the page’s font' };
const KINDS: Record<keyof typeof CSS_CONTROLS, string> = { height: 'CSS length', accent: 'CSS colour', font: 'CSS font family' };
const FONTS = ["Georgia, 'Noto Serif', serif", "system-ui, 'Noto Sans', sans-serif", "'Times New Roman', serif"];
const BUILT_IN_IDS = vietnamRussiaMilestones.map((m) => m.id);
const SITE_KEY = 'vr-stories-site';

const controlsOf = (story: Story): readonly Control[] => story.controls ?? CONTROLS;
const isCssControl = (control: Control): control is keyof typeof CSS_CONTROLS => Object.hasOwn(CSS_CONTROLS, control);

/** A story's args: its own, over the site theme's and what the editor carried over; a control the story
 *  does not offer keeps the story's value. */
function argsFor(name: string, site: SiteThemeName, carried: Partial<StoryArgs>): StoryArgs {
  const story = stories[name]!;
  const own: StoryArgs = { ...meta.args, ...story.args };
  const args: StoryArgs = { ...own, ...SITE_THEMES[site].element, ...carried, ...story.args };
  for (const control of CONTROLS) if (!controlsOf(story).includes(control)) Object.assign(args, { [control]: own[control] });
  return args;
}

/** A control's value from the URL, when it is one the control takes. */
function fromUrl(control: Control, value: string | null): string | undefined {
  if (value === null) return undefined;
  const choices = CHOICES[control];
  return !choices || choices.some(([choice]) => choice === value) ? value : undefined;
}

function storedSite(): string | null {
  try {
    return localStorage.getItem(SITE_KEY);
  } catch {
    return null;
  }
}

const params = new URLSearchParams(location.search);
const initialStory = names.includes(params.get('story') ?? '') ? params.get('story')! : names[0]!;
const urlSite = params.get('site');
const state = {
  story: initialStory,
  site: (isSiteTheme(urlSite) ? urlSite : isSiteTheme(storedSite()) ? storedSite() : 'default') as SiteThemeName,
  carried: {} as Partial<StoryArgs>,
  args: { ...meta.args } as StoryArgs,
  copyStatus: '',
};
const fromLink: Partial<StoryArgs> = {};
for (const control of CONTROLS) {
  const value = fromUrl(control, params.get(control));
  if (value !== undefined) Object.assign(fromLink, { [control]: value });
}
for (const control of CARRIED) if (control in fromLink) Object.assign(state.carried, { [control]: fromLink[control] });
state.args = argsFor(state.story, state.site, state.carried);
for (const control of controlsOf(stories[state.story]!)) if (control in fromLink) Object.assign(state.args, { [control]: fromLink[control] });

function writeUrl(): void {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('story', state.story);
  if (state.site !== 'default') url.searchParams.set('site', state.site);
  const own = argsFor(state.story, state.site, {});
  for (const control of controlsOf(stories[state.story]!)) if (state.args[control] !== own[control]) url.searchParams.set(control, state.args[control]);
  history.replaceState(null, '', url);
}

function showStory(name: string): void {
  state.story = name;
  state.args = argsFor(name, state.site, state.carried);
  state.copyStatus = '';
  update();
}

function setControl(control: Control, value: string): void {
  state.args = { ...state.args, [control]: value };
  if (CARRIED.includes(control)) Object.assign(state.carried, { [control]: value });
  state.copyStatus = '';
  update();
}

function setSite(site: SiteThemeName): void {
  state.site = site;
  try {
    localStorage.setItem(SITE_KEY, site);
  } catch {
    // Storage may be off; the URL still keeps the theme.
  }
  state.carried = Object.fromEntries(Object.entries(state.carried).filter(([control]) => !THEMED.includes(control as Control)));
  const themed = argsFor(state.story, site, state.carried);
  state.args = { ...state.args, ...Object.fromEntries(THEMED.map((control) => [control, themed[control]])) };
  update();
}

/** The reader's selection in the preview becomes the Selected control's, so the embed opens where they are. */
function onSelect(event: Event): void {
  const id = (event as CustomEvent<{ milestone: { id: string } | null }>).detail?.milestone?.id ?? '';
  if (controlsOf(stories[state.story]!).includes('selected') && id !== state.args.selected) setControl('selected', id);
}

async function copy(id: string, code: string, what: string): Promise<void> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(code);
    copied = true;
  } catch {
    // No clipboard API here (an http page, or permission refused): copy the selected text instead.
    const target = document.getElementById(id);
    const selection = getSelection();
    if (target && selection) {
      const range = document.createRange();
      range.selectNodeContents(target);
      selection.removeAllRanges();
      selection.addRange(range);
      try {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one copy that works where navigator.clipboard does not (insecure origins)
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
  }
  state.copyStatus = copied ? `Copied the ${what} to the clipboard.` : `The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
  renderPage();
}

function renderControl(story: Story, control: Control): TemplateResult {
  const id = `ctl-${control}`;
  const choices = CHOICES[control];
  const value = state.args[control];
  if (choices) {
    return html`<div class="control">
      <label for=${id}>${LABELS[control]}</label>
      <select id=${id} @change=${(e: Event) => setControl(control, (e.target as HTMLSelectElement).value)}>
        ${choices.map(([choice, label]) => html`<option value=${choice} .selected=${choice === value}>${label}</option>`)}
      </select>
    </div>`;
  }
  const invalid = isCssControl(control) && value.trim() !== '' && !isValidCss(control, value.trim());
  const list = control === 'selected' && (story.ids ?? BUILT_IN_IDS).length ? 'ctl-ids' : control === 'font' ? 'ctl-fonts' : undefined;
  return html`<div class="control">
    <label for=${id}>${LABELS[control]}</label>
    <input
      id=${id}
      type="text"
      .value=${live(value)}
      placeholder=${PLACEHOLDERS[control] ?? nothing}
      list=${list ?? nothing}
      autocomplete="off"
      spellcheck="false"
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? `${id}-error` : nothing}
      @change=${(e: Event) => setControl(control, (e.target as HTMLInputElement).value)}
    />
    ${invalid ? html`<p class="control-error" id="${id}-error">Not a ${KINDS[control]}: left out.</p>` : nothing}
  </div>`;
}

function renderControls(story: Story, controls: readonly Control[]): TemplateResult {
  return html`<section class="controls" aria-labelledby="controls-title">
    <h3 id="controls-title">Controls</h3>
    <div class="control-grid">${controls.map((control) => renderControl(story, control))}</div>
    <datalist id="ctl-ids">${(story.ids ?? BUILT_IN_IDS).map((id) => html`<option value=${id}></option>`)}</datalist>
    <datalist id="ctl-fonts">${FONTS.map((font) => html`<option value=${font}></option>`)}</datalist>
  </section>`;
}

function renderSnippet(id: string, title: string, what: string, code: string, note: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="snippet">
    <div class="snippet-head">
      <h4 id="${id}-title">${title}</h4>
      <button type="button" aria-label="Copy the ${what}" @click=${() => copy(id, code, what)}>Copy</button>
    </div>
    ${note}
    <pre><code id=${id}>${code}</code></pre>
  </div>`;
}

function renderEmbed(story: Story): TemplateResult {
  const { args } = state;
  const strings = stringsFor(args.lang);
  const title = args.src.trim() ? strings.timelineGeneric : strings.timeline;
  const iframe = iframeEmbed(args, story, location.href, title);
  const leftOut = iframeLeavesOut(args, story);
  return html`<section class="embed" aria-labelledby="embed-title">
    <h3 id="embed-title">Embed</h3>
    <p>Paste it into the article’s HTML; it follows the controls.</p>
    ${renderSnippet('embed-script', 'With a script', 'script embed', scriptEmbed(args, story, location.href))}
    ${
      iframe
        ? renderSnippet(
            'embed-iframe',
            'In an iframe, for a CMS that strips scripts',
            'iframe embed',
            iframe,
            leftOut.length
              ? html`<p class="note">The iframe leaves out ${leftOut.map((name, i) => html`${i ? ', ' : ''}<code>${name}</code>`)}: only the script embed carries them.</p>`
              : nothing,
          )
        : html`<div class="snippet">
          <h4>In an iframe</h4>
          <p class="note">This story gives its data in the page (as children or in a script), which an iframe cannot carry. Publish the data as a JSON or CSV file and give its address as <code>src</code> to embed it in an iframe.</p>
        </div>`
    }
    <p class="copy-status" role="status">${state.copyStatus}</p>
  </section>`;
}

/** The story's element, whose attributes the API panel shows as they are now. */
const storyElement = (): Element | null => document.querySelector('main .canvas vr-timeline');

function renderPage(): void {
  const story = stories[state.story]!;
  const controls = controlsOf(story);
  document.documentElement.dataset.theme = state.args.theme || 'page';
  document.documentElement.dataset.site = state.site;
  render(
    html`<header>
        <h1>vr-timeline <small>stories</small></h1>
        <label class="site-theme"
          >Site theme
          <select id="site-theme" @change=${(e: Event) => setSite((e.target as HTMLSelectElement).value as SiteThemeName)}>
            ${Object.entries(SITE_THEMES).map(([name, theme]) => html`<option value=${name} .selected=${name === state.site}>${theme.name}</option>`)}
          </select>
        </label>
      </header>
      <nav aria-label="Stories">
        <ul>
          ${names.map(
            (name) => html`<li>
              <a href="?story=${name}" aria-current=${name === state.story ? 'page' : 'false'} @click=${(e: Event) => (e.preventDefault(), showStory(name))}
                >${stories[name]!.storyName ?? name}</a
              >
            </li>`,
          )}
        </ul>
        <p class="pages"><a href="article.html">A news article with the timeline</a> · <a href="follow.html">An article the timeline follows</a> · <a href="no-js.html">The fallback list without JavaScript</a></p>
      </nav>
      <main>
        <h2>${meta.title} / ${story.storyName ?? state.story}</h2>
        <div class="canvas" @vr-select=${onSelect}>${keyed(state.story, story(state.args))}</div>
        ${
          controls.length
            ? html`<div class="workbench">${renderControls(story, controls)}${renderEmbed(story)}</div>
              ${renderApiPanel(storyElement())}`
            : nothing
        }
      </main>`,
    document.body,
  );
}

/** The API panel shows the element's attributes as they are now: it is drawn again when they change
 *  (a reader's click selects, the legend sets `categories`). */
let observed: Element | null = null;
const attributeWatch = new MutationObserver(() => renderPage());

function update(): void {
  writeUrl();
  renderPage();
  const element = storyElement();
  if (element !== observed) {
    attributeWatch.disconnect();
    if (element) attributeWatch.observe(element, { attributes: true });
    observed = element;
    renderPage();
  }
  // On a phone the story list is one row that scrolls sideways: bring the current story into it.
  const list = document.querySelector<HTMLElement>('nav ul');
  const current = document.querySelector<HTMLElement>('nav [aria-current="page"]');
  if (list && current && list.scrollWidth > list.clientWidth) list.scrollLeft = current.offsetLeft - list.offsetLeft - 8;
}

update();
