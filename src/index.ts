// Public entry: the class, the data model and the event types. Registers nothing; see 'vr-timeline/define'.
export { VrTimeline } from './components/vr-timeline.js';
export type { VrSelectDetail, VrViewChangeDetail, VrDataErrorDetail, VrSelectEvent, VrViewChangeEvent, VrDataErrorEvent, DataSource } from './components/events.js';
export type { Milestone, LocalizedText, DataProblem, Precision, MilestoneMedia, MilestoneSource, MilestoneCorrection, Era } from './model/milestone.js';
export { normalize, type NormalizeResult } from './model/normalize.js';
export { parseCalendarDate, type CalendarDate } from './model/calendar-date.js';
export { formatCalendarDate } from './i18n/format-date.js';
