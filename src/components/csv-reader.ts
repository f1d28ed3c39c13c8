// Where the element gets its CSV reader from. In the npm build this is a dynamic import (a chunk a
// bundler splits off); the one-file bundle's build replaces this module with
// src/bundle-shims/csv-reader.ts, which loads dist/vr-timeline.csv.js from beside the bundle.
export const loadCsvReader = (): Promise<typeof import('../csv/read-csv.js')> => import('../csv/read-csv.js');
