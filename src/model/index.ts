// The 'vr-timeline/model' entry: the data types and normalize(), with no lit, no d3 and no DOM, for a CMS or
// a server that validates milestones without paying for the element (shared/BUDGETS.md: 4 KB bundled alone).
export type { Milestone, LocalizedText, DataProblem, Precision, MilestoneMedia, MilestoneSource, MilestoneCorrection, Era } from './milestone.js';
export { normalize, normalizeEras, type NormalizeResult, type NormalizeErasResult } from './normalize.js';
export { parseCalendarDate, type CalendarDate } from './calendar-date.js';
export { textFor } from './localized-text.js';
export { toJsonLd, type JsonLdItemList, type JsonLdEvent } from './json-ld.js';
