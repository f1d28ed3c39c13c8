import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLORS, DARK, LIGHT } from '../styles/tokens.js';

/** One palette for both schemes: light-dark() picks by the host's color-scheme, set from `theme`. */
const pair = (light: string, dark: string): string => `light-dark(${light}, ${dark})`;
const palette = [
  `--_fg: var(--vr-fg, ${pair(LIGHT.fg, DARK.fg)});`,
  `--_bg: var(--vr-bg, ${pair(LIGHT.bg, DARK.bg)});`,
  `--_muted: var(--vr-muted, ${pair(LIGHT.muted, DARK.muted)});`,
  `--_accent: var(--vr-accent, ${pair(LIGHT.accent, DARK.accent)});`,
  `--_line: ${pair(LIGHT.line, DARK.line)};`,
  `--_surface: ${pair(LIGHT.surface, DARK.surface)};`,
].join('');

const categoryRules = Object.entries(CATEGORY_COLORS)
  .map(([name, [light, dark]]) => `.cat-${name}{--_c:var(--vr-color-${name},${pair(light, dark)})}`)
  .join('');

/** Shapes tell categories apart without colour. */
const SHAPES: Record<string, string> = {
  economy: 'inset(0)',
  energy: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  science: 'polygon(50% 0, 100% 100%, 0 100%)',
  culture: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  education: 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)',
  people: 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)',
};
const shapeRules = Object.entries(SHAPES)
  .map(([name, shape]) => `.cat-${name} .dot { clip-path: ${shape}; border-radius: 0; }`)
  .join('');

/**
 * Notes on the rules below (kept out of the CSS text, which ships in the bundle):
 * - `.root` resets the text styles: the host page's, even those set on <vr-timeline> itself, stop there,
 *   because label widths are measured in that font.
 * - `.track { contain: strict }`: a zoom step re-lays out only the track, never the host page
 *   (npm run bench: zoom step p95 21 → 13 ms at N=1,000).
 */
export const styles = css`
  :host {
    ${unsafeCSS(palette)}
    --_radius: var(--vr-radius, 8px);
    --_height: var(--vr-height, 340px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    font-family: var(--vr-font-family, inherit);
    color-scheme: light dark;
  }
  .root {
    color: var(--_fg);
    font-family: inherit;
    font-size: 14px;
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

  .controls {
    display: flex;
    gap: 4px;
    justify-content: flex-end;
    padding: 6px 8px 0;
  }
  .controls button,
  .detail .close {
    font: inherit;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    min-width: 32px;
    min-height: 32px;
    padding: 0 10px;
    cursor: pointer;
  }
  .controls button:focus-visible,
  .detail .close:focus-visible,
  .detail a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .track {
    position: relative;
    height: var(--_height);
    overflow: hidden;
    contain: strict;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }
  .track.dragging {
    cursor: grabbing;
  }
  .axis {
    position: absolute;
    inset: auto 0 0 0;
    height: var(--_axis);
    border-top: 1px solid var(--_muted);
  }
  .tick {
    position: absolute;
    top: 0;
    padding-top: 6px;
    transform: translateX(-50%);
    font-size: 12px;
    color: var(--_muted);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .tick::before {
    content: '';
    position: absolute;
    top: 0;
    left: 50%;
    height: 5px;
    border-left: 1px solid var(--_muted);
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    position: absolute;
    left: 0;
    bottom: var(--_axis);
    width: 0;
    height: 0;
    --_c: var(--_muted);
  }
  ${unsafeCSS(categoryRules)}
  .marker {
    all: unset;
    position: absolute;
    left: 0;
    top: 0;
    width: 0;
    height: 0;
    cursor: pointer;
  }
  .dot {
    position: absolute;
    left: -7px;
    top: -7px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_c);
    box-shadow: 0 0 0 2px var(--_bg);
    z-index: 3;
  }
  ${unsafeCSS(shapeRules)}
  .period {
    position: absolute;
    left: 0;
    top: -3px;
    height: 6px;
    border-radius: 3px;
    background: var(--_c);
    opacity: 0.45;
  }
  .stem {
    position: absolute;
    left: 0;
    bottom: 7px;
    width: 1px;
    background: var(--_line);
  }
  .label {
    position: absolute;
    height: calc(var(--_lane) - 4px);
    padding: 1px 6px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    border-left: 3px solid var(--_c);
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_fg);
    z-index: 2;
  }
  .importance-3 .label {
    font-weight: 600;
  }
  .cluster .dot {
    left: -11px;
    top: -11px;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    clip-path: none;
    background: var(--_muted);
  }
  .cluster .count {
    position: absolute;
    left: -11px;
    top: -11px;
    width: 22px;
    line-height: 22px;
    text-align: center;
    font-size: 11px;
    font-weight: 600;
    color: var(--_bg);
  }
  .marker:hover .label,
  .selected .label {
    background: color-mix(in srgb, var(--_c) 18%, var(--_surface));
  }
  .selected .dot {
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_fg);
  }
  .marker:focus-visible .dot {
    outline: 2px solid var(--_accent);
    outline-offset: 3px;
  }
  .marker:focus-visible .label {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }

  .detail {
    margin: 0 8px 8px;
    padding: 12px 16px;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_c, var(--_muted));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .detail-head {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    justify-content: space-between;
  }
  .detail h2 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .detail .meta {
    margin: 4px 0 8px;
    color: var(--_muted);
  }
  .detail p {
    margin: 0 0 8px;
  }
  .detail figure {
    margin: 8px 0;
  }
  .detail img {
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .detail figcaption {
    font-size: 12px;
    color: var(--_muted);
  }
  .detail h3 {
    margin: 8px 0 4px;
    font-size: 1em;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .detail a {
    color: var(--_accent);
    overflow-wrap: anywhere;
  }

  .status,
  .error {
    margin: 8px;
    color: var(--_muted);
  }
  .error {
    color: var(--_accent);
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

  @media (prefers-reduced-motion: no-preference) {
    .label,
    .dot {
      transition: background-color 120ms;
    }
  }
  @media (forced-colors: active) {
    .dot,
    .period {
      background: CanvasText;
    }
    .selected .dot {
      background: Highlight;
    }
    .label {
      border: 1px solid CanvasText;
    }
  }
`;
