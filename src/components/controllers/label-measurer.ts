import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A title up to this wide prefers one line; a longer one prefers two balanced lines. */
const ONE_LINE_UP_TO_PX = 220;

/**
 * Measures label text in the element's font with a canvas, once per text, so the layout can place labels
 * without reading the DOM. Forgets its widths when a web font arrives (they were measured in a fallback).
 */
export class LabelMeasurer implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private readonly boxes = new Map<string, { width: number; lines: number }>();
  /** Counts the times the widths were forgotten (a web font arrived): what was laid out with them is stale. */
  generation = 0;
  private readonly shapeCache = new Map<string, readonly { width: number; lines: number }[]>();
  private context: CanvasRenderingContext2D | null = null;
  /** The font family, read once (reading computed style per label forced a style recalc each time). */
  private family: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The element whose computed font family labels use. */
    private readonly fontSource: () => Element | null,
    private readonly fontSizePx: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.family = null;
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  private onFontsLoaded = (): void => {
    this.widths.clear();
    this.boxes.clear();
    this.shapeCache.clear();
    this.generation++;
    this.family = null;
    this.host.requestUpdate();
  };

  /**
   * The text wrapped whole into one line of at most `oneLine` px, or two balanced lines of at most `twoLines`
   * px: the width of its longest line and the line count (0 when it fits neither). The browser's own
   * wrapping at that width then gives the same two lines or fewer, never a third.
   */
  box(text: string, bold: boolean, oneLine: number, twoLines: number): { width: number; lines: number } {
    const key = `${bold ? 'b' : 'n'}|${text}`;
    let box = this.boxes.get(key);
    if (!box) {
      const whole = this.measure(text, bold);
      box = { width: whole, lines: 1 };
      if (whole > oneLine) {
        const words = text.split(' ');
        let best = Infinity;
        for (let k = 1; k < words.length; k++) {
          best = Math.min(best, Math.max(this.measure(words.slice(0, k).join(' '), bold), this.measure(words.slice(k).join(' '), bold)));
        }
        box = best <= twoLines ? { width: best, lines: 2 } : { width: 0, lines: 0 };
      }
      this.boxes.set(key, box);
    }
    return box;
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
      if (this.family === null) {
        const source = this.fontSource();
        this.family = (source ? getComputedStyle(source).fontFamily : '') || 'sans-serif';
      }
      if (this.context) {
        this.context.font = `${bold ? 600 : 400} ${this.fontSizePx}px ${this.family}`;
        width = this.context.measureText(text).width;
      } else {
        width = text.length * this.fontSizePx * 0.55;
      }
      this.widths.set(key, width);
    }
    return width;
  }
}
