// Where the element gets the table view's code (and the search's matching) from. In the npm build it comes with
// the element, at once; the one-file bundle's build replaces this module with src/bundle-shims/table-parts.ts,
// which loads dist/vr-timeline.table.js from beside the bundle when a reader opens the table or searches.
import * as parts from './templates/table.js';

export type TableParts = typeof parts;

/** The table's code once loaded (here: always), else undefined. */
export const tableParts = (): TableParts | undefined => parts;

export const loadTableParts = (): Promise<TableParts> => Promise.resolve(parts);
