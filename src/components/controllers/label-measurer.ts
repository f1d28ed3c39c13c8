import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures label text in the element's font with a canvas, once per text, so the layout can place labels
 * without reading the DOM. Forgets its widths when a web font arrives (they were measured in a fallback).
 */
export class LabelMeasurer implements ReactiveController {
  private readonly widths = new Map<string, number>();
  private readonly boxes = new Map<string, { width: number; lines: number }>();
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
