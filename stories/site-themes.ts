// The stories site's three looks. Each styles the page (index.html, :root[data-site=…]) and gives the
// element's controls their starting values, so the preview and the embed snippet carry the same look:
// what an editor sees on a page styled like theirs is what they paste.
import type { StoryArgs } from './vr-timeline.stories.js';

export interface SiteTheme {
  name: string;
  /** The controls this theme sets on the element: its `theme` attribute and CSS custom properties. */
  element: Partial<StoryArgs>;
}

export const SITE_THEMES = {
  default: { name: 'Default', element: {} },
  newsroom: { name: 'Dark newsroom', element: { theme: 'dark', accent: '#e53935' } },
  print: { name: 'Serif print', element: { theme: 'light', accent: '#8b1a1a', font: "Georgia, 'Noto Serif', serif" } },
} as const satisfies Record<string, SiteTheme>;

export type SiteThemeName = keyof typeof SITE_THEMES;

export const isSiteTheme = (name: string | null): name is SiteThemeName => name !== null && Object.hasOwn(SITE_THEMES, name);
