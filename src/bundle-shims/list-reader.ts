// The one-file bundle's fallback-list reader: dist/vr-timeline.list.js, built on its own from
// src/components/list-reader.ts (vite build --mode list) and fetched only when the element has an `<ol>` child.
import { beside } from './beside.js';

export const loadListReader = (): Promise<typeof import('../components/list-reader.js')> => import(/* @vite-ignore */ beside('vr-timeline.list.js'));
