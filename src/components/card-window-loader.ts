// Where the element gets the long list's window (CardWindow) from: a chunk of the npm build, loaded with the first
// list long enough to window; the one-file bundle's build replaces this module with
// src/bundle-shims/card-window.ts, which loads dist/vr-timeline.cards.js from beside the bundle.
import type { CardWindow } from './controllers/card-window.js';

export const loadCardWindow = (): Promise<typeof CardWindow> => import('./controllers/card-window.js').then((m) => m.CardWindow);
