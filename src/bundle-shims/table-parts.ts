// The one-file bundle's table view: dist/vr-timeline.table.js, built on its own from
// src/components/templates/table.ts (vite build --mode table) and fetched only when a reader opens the table
// or a search is given (BUDGETS.md: a feature chunk loaded on first use).
import type { TableParts } from '../components/table-parts.js';
import { beside } from './beside.js';

let loaded: TableParts | undefined;

export const tableParts = (): TableParts | undefined => loaded;

export const loadTableParts = (): Promise<TableParts> => (import(/* @vite-ignore */ beside('vr-timeline.table.js')) as Promise<TableParts>).then((m) => (loaded = m));
