import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLORS, DARK, LIGHT } from '../styles/tokens.js';
import { GEOMETRY } from './templates/markers.js';

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
  .map(([name, shape]) => `.cat-${name} .dot,.cat-${name} .shape{clip-path:${shape};border-radius:0}`)
  .join('');
/**
 * A hidden category's legend shape is hollow: a hole of the same shape, scaled about the shape's centre so the
 * 12 px dot keeps a 1.5 px outline on every side (the star's thin arms allow 1 px). Circle and square: 50%, 0.75.
 */
const HOLES: Record<string, [origin: string, scale: number]> = {
  energy: ['50% 50%', 0.65],
  science: ['50% 69%', 0.6],
  culture: ['50% 51%', 0.45],
  education: ['50% 54.5%', 0.71],
  people: ['50% 50%', 0.72],
};
const holeRules = Object.entries(HOLES)
  .map(([name, [origin, scale]]) => `.cat-${name}[aria-pressed='false'] .dot::after{transform-origin:${origin};scale:${scale}}`)
  .join('');
const AXIS = unsafeCSS(GEOMETRY.axis);

/**
 * Notes on the rules below (kept out of the CSS text, which ships in the bundle):
 * - `.root` resets the text styles: the host page's, even those set on <vr-timeline> itself, stop there,
 *   because label widths are measured in that font.
 * - `.track { contain: strict }`: a zoom step re-lays out only the track, never the host page
 *   (npm run bench: zoom step p95 21 → 13 ms at N=1,000).
 * - A hidden category's legend dot is hollow through a `::after` hole in the background colour, clipped to the
 *   same shape (`clip-path: inherit`): an outline or border on a clip-path'd shape is clipped to fragments.
 */
export const styles = css`
  :host {
    ${unsafeCSS(palette)}
    --_radius: var(--vr-radius, 8px);
    --_height: var(--vr-height, 300px);
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    font-family: var(--vr-font-family, inherit);
  }
  .root {
    --_c: var(--_muted);
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
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: flex-start;
    justify-content: space-between;
    padding: 6px 8px 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .controls {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    color: var(--_fg);
  }
  .detail .close {
    flex: none;
    min-width: 44px;
    min-height: 44px;
  }
  .controls button,
  .legend-item,
  .detail .close,
  .retry,
  .step {
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    min-width: 32px;
    min-height: 32px;
    padding: 0 10px;
    cursor: pointer;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 0 8px;
    font-size: 13px;
  }
  .legend-item .dot {
    position: static;
    width: 12px;
    height: 12px;
    box-shadow: none;
  }
  .legend-item .n {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .legend-item[aria-pressed='false'] {
    background: transparent;
    border-style: dashed;
    color: var(--_muted);
  }
  .legend-item[aria-pressed='false'] .dot {
    position: relative;
  }
  .legend-item[aria-pressed='false'] .dot::after {
    content: '';
    position: absolute;
    inset: 0;
    clip-path: inherit;
    border-radius: inherit;
    background: var(--_bg);
    scale: 0.75;
  }
  ${unsafeCSS(holeRules)}
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
  .root > .bar {
    order: -1;
  }
  .track {
    height: var(--_height);
    position: relative;
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
    height: ${AXIS}px;
    border-top: 1px solid var(--_muted);
  }
  .tick {
    position: absolute;
    top: 0;
    padding-top: 12px;
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
    height: 4px;
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
    bottom: ${AXIS}px;
    width: 0;
    height: 0;
  }
  ${unsafeCSS(categoryRules)}
  .marker {
    all: unset;
    position: absolute;
    box-sizing: border-box;
    cursor: pointer;
  }
  .item .marker:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 1px;
    border-radius: 4px;
  }
  .dot {
    position: absolute;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--_c);
    box-shadow: 0 0 0 2px var(--_bg);
  }
  .item .dot {
    left: calc(var(--_dx) - 7px);
    bottom: calc(-1 * var(--_dy) - 7px);
    z-index: 1;
  }
  ${unsafeCSS(shapeRules)}
  .period {
    position: absolute;
    left: var(--_dx);
    bottom: calc(-1 * var(--_dy) - 3px);
    width: var(--_period);
    height: 6px;
    border-radius: 3px;
    background: var(--_c);
    opacity: 0.45;
    pointer-events: none;
  }
  /* The stem: from the marker up to its label. */
  .marker.labelled::before {
    content: '';
    position: absolute;
    left: var(--_dx);
    top: 100%;
    height: calc(var(--_dy) - 7px);
    width: 1px;
    background: var(--_line);
    pointer-events: none;
    z-index: -1;
  }
  .label {
    display: block;
    align-content: center;
    height: 100%;
    padding: 0 6px 0 8px;
    line-height: 20px;
    overflow-wrap: normal;
    border-left: 3px solid var(--_c);
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_fg);
  }
  /* A label too wide to start or end at its marker sits over it: its stem meets its coloured lower edge. */
  .over .label {
    border-left: 0;
    border-bottom: 3px solid var(--_c);
    padding: 0 7px;
  }
  .flipped .label {
    border-left: 0;
    border-right: 3px solid var(--_c);
    padding: 0 8px 0 6px;
  }
  .item.importance-3 .label {
    font-weight: 600;
  }
  .label .more {
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
  }
  .cluster.bare .dot {
    left: calc(var(--_dx) - 10px);
    bottom: calc(-1 * var(--_dy) - 10px);
    width: 20px;
    height: 20px;
    border-radius: 50%;
    clip-path: none;
    background: var(--_muted);
  }
  /* A titled cluster: its lead's marker, ringed to say it holds more. */
  .cluster:not(.bare) .dot {
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 3.5px var(--_muted);
  }
  .cluster.bare .count {
    position: absolute;
    left: calc(var(--_dx) - 10px);
    bottom: calc(-1 * var(--_dy) - 10px);
    width: 20px;
    line-height: 20px;
    text-align: center;
    font-size: 11px;
    font-weight: 600;
    color: var(--_bg);
    z-index: 1;
  }
  /* Over 99 the badge reads 99+ (the accessible name has the exact count), so it fits its 20 px circle. */
  .cluster .count.many {
    font-size: 8px;
    letter-spacing: -0.2px;
  }
  .marker:hover .label,
  .selected .label {
    background: color-mix(in srgb, var(--_c) 18%, var(--_surface));
  }
  .selected .dot {
    transform: scale(1.4);
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 4px var(--_fg);
  }

  .preview-box {
    position: relative;
    z-index: 1;
  }
  .preview {
    position: absolute;
    top: 2px;
    max-width: min(360px, 90%);
    padding: 6px 10px;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 13px;
    line-height: 1.35;
    pointer-events: none;
  }
  .preview ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .preview time,
  .preview p {
    margin: 0;
    color: var(--_muted);
  }

  .spine {
    position: relative;
    padding: 12px 8px 16px 0;
  }
  .spine::before {
    content: '';
    position: absolute;
    left: 55px;
    top: 0;
    bottom: 0;
    border-left: 2px solid var(--_line);
  }
  .card-item {
    position: relative;
    padding-inline-start: 72px;
  }
  .year {
    position: absolute;
    left: 0;
    top: 12px;
    width: 44px;
    text-align: end;
    font-size: 13px;
    font-weight: 600;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .card {
    display: block;
    position: relative;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .card:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .card .dot {
    left: -24px;
    top: 14px;
  }
  .card .when,
  .card .cat {
    display: block;
    font-size: 13px;
    color: var(--_muted);
  }
  .card .title {
    display: block;
    font-weight: 500;
    margin: 2px 0;
  }
  .card-item.importance-3 .title {
    font-weight: 700;
  }
  .card .cat {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .shape {
    display: inline-block;
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_c);
  }
  .card-item.selected .card {
    background: color-mix(in srgb, var(--_c) 14%, var(--_surface));
  }
  .vertical .detail {
    margin: 8px 0 0;
  }

  .detail {
    margin: 0 8px 8px;
    padding: 12px 16px;
    border: 1px solid var(--_line);
    border-left: 4px solid var(--_c, var(--_muted));
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .horizontal .detail-body {
    height: var(--vr-detail-height, 260px);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .detail-body {
    padding-top: 10px;
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
  .detail p,
  .full p {
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
  .detail h3,
  .full h3 {
    margin: 8px 0 4px;
    font-size: 1em;
  }
  .detail ul,
  .full ul {
    margin: 0;
    padding-inline-start: 20px;
  }
  .detail a,
  .full a {
    color: var(--_fg);
    text-decoration: underline 2px var(--_accent);
    text-underline-offset: 3px;
    overflow-wrap: anywhere;
  }
  .nav {
    display: flex;
    align-items: stretch;
    gap: 8px;
  }
  .step {
    flex: 1 1 0;
    min-width: 0;
    height: 52px;
    padding: 6px 10px;
    text-align: start;
  }
  .step.next {
    text-align: end;
  }
  .step:disabled {
    cursor: default;
    opacity: 0.5;
  }
  .step .dir {
    display: block;
    font-weight: 600;
  }
  /* The neighbour's whole title is the button's accessible name; on screen one line, so the buttons never move. */
  .step .to {
    display: block;
    font-size: 13px;
    color: var(--_muted);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
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
  @media (scripting: none) {
    .full {
      display: block;
    }
    .bar {
      display: none;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      background: none;
    }
    .bar,
    .sizer-box,
    .year,
    .dot,
    .spine::before,
    .retry,
    .sr-only {
      display: none;
    }
    .spine {
      padding: 0;
    }
    .card-item {
      padding: 0;
      margin: 0 0 12px !important;
      break-inside: avoid;
    }
    .card {
      min-height: 0;
      padding: 0 0 0 10px;
      border: 0;
      border-left: 4px solid var(--_c);
      border-radius: 0;
      background: none;
    }
    .full {
      display: block;
      padding: 2px 0 0 14px;
    }
    .full a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .label,
    .dot,
    .card {
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
    .label,
    .card {
      border: 1px solid CanvasText;
    }
    .marker:focus-visible,
    .card:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
    .spine::before,
    .stem {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
