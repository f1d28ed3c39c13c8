import { css, unsafeCSS } from 'lit';
import { CATEGORY_COLORS, DARK, LIGHT } from '../../styles/tokens.js';

/** One palette for both schemes: light-dark() picks by the host's color-scheme, set from `theme`. */
const pair = (light: string, dark: string): string => `light-dark(${light}, ${dark})`;
export const palette = [
  `--_fg: var(--vr-fg, ${pair(LIGHT.fg, DARK.fg)});`,
  // The page's background shows through (the element paints none of its own unless --vr-bg is set); Canvas, the
  // scheme's page colour, stands in where an opaque colour is needed: rings around dots, chips over stems.
  `--_bg: var(--vr-bg, Canvas);`,
  `--_muted: var(--vr-muted, ${pair(LIGHT.muted, DARK.muted)});`,
  `--_accent: var(--vr-accent, ${pair(LIGHT.accent, DARK.accent)});`,
  `--_line: ${pair(LIGHT.line, DARK.line)};`,
  '--_surface: color-mix(in srgb, var(--_fg) 5%, var(--_bg));',
  '--_tint: color-mix(in srgb, var(--_fg) 4%, transparent);',
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

/** Each category's colour (--_c) and shape, on markers, cards, the legend and the preview */
export const categoryStyles = css`
  ${unsafeCSS(categoryRules)}
  ${unsafeCSS(shapeRules)}
`;
