import { fixture, html } from '@open-wc/testing';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { Milestone } from '../../src/model/milestone.js';
import { TimelineHarness } from './timeline-harness.js';

export interface ColumnOptions {
  /** Its width in px: the element takes its layout from its own width. */
  width: number;
  /** The page language around the element, English unless given (its own lang attribute goes in MountOptions.attributes). */
  lang?: string;
  /** More of the page's CSS on the column: a font, a background, a color-scheme, --vr-* properties. */
  style?: string;
}

export interface MountOptions extends ColumnOptions {
  /** The milestones property, set before the element joins the page. */
  milestones?: Milestone[];
  theme?: string;
  expanded?: boolean;
  /** Other attributes, as an editor writes them: true for a boolean attribute; false or undefined leaves it out. */
  attributes?: Record<string, string | boolean | undefined>;
  /** Markup inside the element (inline JSON, an <ol> fallback list), there when it joins the page. */
  children?: string;
  /** A stylesheet of the page, in the column before the element. */
  css?: string;
  /** The height in px of the article that goes on below the element, so the page can scroll. */
  after?: number;
  /** A test's own subclass of the element (defined beforehand) to mount instead. */
  element?: typeof VrTimeline;
  /** Runs last, just before the element joins the page: to listen for its first events or call its methods early. */
  beforeConnect?: (el: VrTimeline) => void;
  /** Waits until the element has drawn this many milestones (TimelineHarness.ready). */
  ready?: number;
}

/** An empty column in the page (removed after the test), of the given width, language and style. */
export async function column({ width, lang = 'en', style = '' }: ColumnOptions): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style=${`width:${width}px;${style}`} lang=${lang}></div>`);
}

/**
 * A <vr-timeline> in a column of the page: attributes, children and milestones are all in place when it joins
 * the page, as when a page's own markup and script give them. Returns its harness, once it has drawn `ready`
 * milestones when that is given, else as soon as it is in the page.
 */
export async function mount(options: MountOptions): Promise<TimelineHarness> {
  const { milestones, theme, expanded, attributes = {}, children, css, after, element, beforeConnect, ready } = options;
  const box = await column(options);
  if (css !== undefined) {
    const sheet = document.createElement('style');
    sheet.textContent = css;
    box.append(sheet);
  }
  const el = element ? new element() : document.createElement('vr-timeline');
  for (const [name, value] of Object.entries({ theme, expanded, ...attributes })) {
    if (value !== undefined && value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  if (children !== undefined) el.innerHTML = children;
  if (milestones !== undefined) el.milestones = milestones;
  beforeConnect?.(el);
  box.append(el);
  if (after !== undefined) {
    const article = document.createElement('p');
    article.style.height = `${after}px`;
    article.textContent = 'The article goes on.';
    box.append(article);
  }
  const t = new TimelineHarness(el);
  return ready === undefined ? t : t.ready(ready);
}
