/**
 * Default colours of text, lines and the accent in each scheme. There is no background colour: the element sits on
 * the page's (Canvas stands in where it needs an opaque one). Category colours keep 3:1 contrast on Canvas.
 */
export const LIGHT = {
  fg: '#1b1f24',
  muted: '#59636e',
  accent: '#c62828',
  line: '#d0d7de',
} as const;

export const DARK = {
  fg: '#e6edf3',
  muted: '#9aa5b1',
  accent: '#ff7b72',
  line: '#30363d',
} as const;
