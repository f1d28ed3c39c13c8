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

/** Category → [light, dark] colour. */
export const CATEGORY_COLORS: Record<string, readonly [string, string]> = {
  diplomacy: ['#c62828', '#ff7b72'],
  economy: ['#1565c0', '#79b8ff'],
  energy: ['#b45309', '#f0b35b'],
  science: ['#6a1b9a', '#d2a8ff'],
  culture: ['#00796b', '#56d4bc'],
  education: ['#2e7d32', '#7ee787'],
  people: ['#ad1457', '#f78fb3'],
};
