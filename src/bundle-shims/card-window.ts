// The one-file bundle's window for long lists: dist/vr-timeline.cards.js, built on its own from
// src/components/controllers/card-window.ts (vite build --mode cards) and fetched with the first list of more
// than VIRTUAL_ABOVE cards (a phone with a big dataset).
import type { CardWindow } from '../components/controllers/card-window.js';
import { beside } from './beside.js';

export const loadCardWindow = (): Promise<typeof CardWindow> =>
  (import(/* @vite-ignore */ beside('vr-timeline.cards.js')) as Promise<typeof import('../components/controllers/card-window.js')>).then((m) => m.CardWindow);
