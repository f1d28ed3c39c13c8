/** Default colours, shared by the element and the stories page. Category colours keep 3:1 contrast on the background. */
export const LIGHT = {
  fg: '#1b1f24',
  bg: '#ffffff',
  muted: '#59636e',
  accent: '#c62828',
  line: '#d0d7de',
  surface: '#f6f8fa',
} as const;

export const DARK = {
  fg: '#e6edf3',
  bg: '#0d1117',
  muted: '#9aa5b1',
  accent: '#ff7b72',
  line: '#30363d',
  surface: '#161b22',
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
