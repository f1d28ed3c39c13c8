import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A title up to this wide prefers one line; a longer one prefers two balanced lines. */
const ONE_LINE_UP_TO_PX = 220;

/**
 * Measures label text in the element's font with a canvas, once per text, so the layout can place labels
 * without reading the DOM. The font is read once, from the element itself (labels inherit its family) or a
 * label already drawn, and checked once against a drawn label after the first render that used it: if they
 * differ (say the page styles `::part(label)`), every width is measured again and the host updates. Forgets
 * its widths when a web font arrives (they were measured in a fallback).
 */
export class LabelMeasurer implements ReactiveController {
  private readonly widths = new Map<string, number>();
  /** Counts the times the widths were forgotten (a web font arrived): what was laid out with them is stale. */
  generation = 0;
  private readonly shapeCache = new Map<string, readonly { width: number; lines: number }[]>();
  private context: CanvasRenderingContext2D | null = null;
  /** The font last given to the canvas (which reads it back normalised). */
  private contextFont = '';
  /** Size and family of the font the widths are measured in (reading computed style per label forced a style recalc each time). */
  private font: string | null = null;
  /** The font has been checked after a render since the element was connected (or a web font arrived). */
  private checked = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    /** A label as drawn, once there is one: its computed font is the one to measure in. */
    private readonly drawnLabel: () => Element | null,
    private readonly fontSizePx: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved to another place in the page, the element may be drawn in another font: checked after the next render.
    this.checked = false;
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  /** After the first render that drew with measured widths: checks they were measured in the font labels are drawn in. */
  hostUpdated(): void {
    if (this.checked || this.font === null) return;
    this.checked = true;
    const drawn = this.labelFont();
    if (drawn === this.font) return;
    this.forget();
    this.font = drawn;
    // Not from inside this update: the next one lays the labels out again at their true widths.
    queueMicrotask(() => this.host.requestUpdate());
  }

  /** '14px Georgia, serif': the font of a drawn label; before one is drawn, the element's family, which labels inherit. */
  private labelFont(): string {
    const label = this.drawnLabel();
    const style = getComputedStyle(label ?? this.host);
    return `${label ? style.fontSize : `${this.fontSizePx}px`} ${style.fontFamily || 'sans-serif'}`;
  }

  private onFontsLoaded = (): void => {
    this.forget();
    this.font = null;
    this.checked = false;
    this.host.requestUpdate();
  };

  private forget(): void {
    this.widths.clear();
    this.shapeCache.clear();
    this.generation++;
  }

  /**
   * The shapes a title may take, preferred first: on one line, and wrapped into two balanced lines, with room
   * for a "+N" after it when `more` > 0. Widths are sums of measured words, so a title of thousands of words
   * costs one pass, not one measure per split.
   */
  shapes(text: string, bold: boolean, more: number): readonly { width: number; lines: number }[] {
    const key = `${bold ? 'b' : 'n'}|${more}|${text}`;
    let shapes = this.shapeCache.get(key);
    if (!shapes) {
      const words = text.split(' ').filter(Boolean);
      const space = this.measure(' ', bold);
      const suffix = more > 0 ? space + this.measure(`+${more}`, true) : 0;
      const widths = words.map((w) => this.measure(w, bold));
      const total = widths.reduce((a, b) => a + b, 0) + space * Math.max(0, words.length - 1);
      const one = { width: total + suffix, lines: 1 };
      let best = Infinity;
      let head = 0;
      for (let k = 1; k < words.length; k++) {
        head += widths[k - 1]! + (k > 1 ? space : 0);
        best = Math.min(best, Math.max(head, total - head - space + suffix));
      }
      const two = { width: best, lines: 2 };
      shapes = words.length < 2 ? [one] : one.width <= ONE_LINE_UP_TO_PX ? [one, two] : [two, one];
      this.shapeCache.set(key, shapes);
    }
    return shapes;
  }

  /** Width in pixels of `text` in the label font, bold or regular. */
  measure(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'n'}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.context ??= document.createElement('canvas').getContext('2d');
      this.font ??= this.labelFont();
      if (this.context) {
        // Setting a canvas font parses it: done only when it changes (bold ↔ regular, a new font), not per word.
        const font = `${bold ? 600 : 400} ${this.font}`;
        if (this.contextFont !== font) this.context.font = this.contextFont = font;
        width = this.context.measureText(text).width;
      } else {
        width = text.length * this.fontSizePx * 0.55;
      }
      this.widths.set(key, width);
    }
    return width;
  }
}
