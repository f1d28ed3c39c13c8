// Where the element gets its fallback-list reader from: a chunk of the npm build; the one-file bundle's build
// replaces this module with src/bundle-shims/list-reader.ts, which loads dist/vr-timeline.list.js from beside it.
export const loadListReader = (): Promise<typeof import('./list-reader.js')> => import('./list-reader.js');
