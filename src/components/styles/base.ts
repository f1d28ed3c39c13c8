import { css, unsafeCSS } from 'lit';
import { palette } from './categories.js';

/**
 * Notes on the rules below (kept out of the CSS text, which ships in the bundle):
 * - `.root` resets the text styles: the host page's, even those set on <vr-timeline> itself, stop there,
 *   because label widths are measured in that font.
 * - `.track { contain: strict }`: a zoom step re-lays out only the track, never the host page
 *   (npm run bench: zoom step p95 21 → 13 ms at N=1,000).
/** The host, its theme and text reset, the shared look of buttons and focus, the order of the parts, status and screen-reader text. */
export const baseStyles = css`
  :host {
    ${unsafeCSS(palette)}
    --_radius: var(--vr-radius, 8px);
    --_height: var(--vr-height, 300px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--vr-bg, none);
    border-radius: var(--_radius);
    font-family: var(--vr-font-family, inherit);
  }
  .root {
    --_c: var(--_muted);
    color: var(--_fg);
    font-family: inherit;
    font-size: inherit;
    font-style: normal;
    font-weight: 400;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    font-variant: normal;
    font-kerning: auto;
    text-shadow: none;
    visibility: visible;
  }
  /* A forced theme may differ from the page's: the scheme's page colour goes behind the element. */
  :host([theme]) {
    background: var(--vr-bg, Canvas);
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .sizer-box {
    height: 0;
    overflow: hidden;
  }
  .sizer {
    height: var(--_height);
    visibility: hidden;
  }
  /* The legend wraps in its column; the zoom buttons keep the top right, never a row of their own. */
  .bar {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 12px;
    align-items: start;
    padding: 6px 8px 0;
  }
  button {
    font: inherit;
    color: var(--_fg);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
  }
  .mode[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }
  .controls button,
  .mode,
  .play,
  .legend-item,
  .detail .close,
  .retry,
  .show-all,
  .step {
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    min-width: 32px;
    min-height: 32px;
    padding: 0 10px;
    cursor: pointer;
  }
  button:focus-visible,
  .detail a:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_bg);
  }

  /* The milestones come first in the tab order, the legend and zoom buttons are drawn above them. */
  .root {
    display: flex;
    flex-direction: column;
  }
  /* The timeline's own text is 14 px; the detail reads at the article's size (detail.ts). */
  .track,
  .preview-box,
  .bar,
  .card,
  .show-all,
  .status,
  .nav {
    font-size: 14px;
  }
  .root > .bar {
    order: -1;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .status,
  .error {
    margin: 8px;
    color: var(--_muted);
  }
  .error {
    color: var(--_fg);
    border-left: 4px solid var(--_accent);
    padding-left: 8px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .full {
    display: none;
    padding: 6px 12px 0;
  }
`;
