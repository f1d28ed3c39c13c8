import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Measures label text in the element's font with a canvas, once per text, so the layout can place labels
 * without reading the DOM. Forgets its widths when a web font arrives (they were measured in a fallback).
 */
export class LabelMeasurer implements ReactiveController {
  private readonly widths = new Map<string, number>();
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
    this.family = null;
    this.host.requestUpdate();
  };

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
