// The one-file bundle's CSV reader: dist/vr-timeline.csv.js, built on its own from src/csv/read-csv.ts
// (vite build --mode csv) and fetched from beside the bundle only when a CSV arrives. The file name is
// built from this module's own URL (beside.ts).
import { beside } from './beside.js';

export const loadCsvReader = (): Promise<typeof import('../csv/read-csv.js')> => import(/* @vite-ignore */ beside('vr-timeline.csv.js'));
