import { css, unsafeCSS } from 'lit';
import { CATEGORIES } from '../../model/categories.js';
import { DARK, LIGHT } from '../../styles/tokens.js';

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

/** Each built-in category's colour (--_c, which `--vr-color-<category>` overrides) and shape, from the category table. */
const categoryRules = Object.entries(CATEGORIES)
  .map(
    ([name, { color, shape }]) =>
      `.cat-${name}{--_c:var(--vr-color-${name},${pair(...color)})}` + (shape ? `.cat-${name} .dot,.cat-${name} .shape{clip-path:${shape};border-radius:0}` : ''),
  )
  .join('');

/** Each category's colour (--_c) and shape, on markers, cards, the legend and the preview */
export const categoryStyles = css`
  ${unsafeCSS(categoryRules)}
`;
