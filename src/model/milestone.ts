/** Text in one language, or in several keyed by BCP 47 language ('en', 'vi', 'ru', ...). */
export type LocalizedText = string | { [lang: string]: string };

/** How exact a calendar date is; it follows from the date's form ('1923', '1923-06', '1923-06-30'). */
export type Precision = 'year' | 'month' | 'day';

/** A credited picture for a milestone's detail panel. */
export interface MilestoneMedia {
  /**
   * An image (.jpg .png .webp .avif .gif .svg), an audio or video file, or the page of a YouTube, Vimeo,
   * SoundCloud or Wikimedia Commons item (a facade: the host's player loads only when the reader asks); any
   * other address is a link. An http(s) URL or a relative path.
   */
  src: string;
  alt: LocalizedText;
  caption?: LocalizedText;
  credit?: LocalizedText;
}

/** A link to where a milestone's facts come from. */
export interface MilestoneSource {
  label: LocalizedText;
  /** An absolute http(s) URL. */
  url: string;
}

/** A correction made to a milestone after it was published. */
export interface MilestoneCorrection {
  /** ISO date of the correction. */
  date: string;
  /** What was corrected, plain text. */
  text: LocalizedText;
}

/** One event or period on the timeline. */
export interface Milestone {
  /** Stable, unique, URL-safe ([a-z0-9-]+). Used for selection and deep links. */
  id: string;
  /**
   * Calendar date, ISO 8601: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. The form is the precision. A trailing
   * qualifier (EDTF level 1) marks doubt: '1951~' approximate ("c. 1951"), '1957-05-20?' uncertain
   * ("20 May 1957 (?)"), '%' both.
   */
  date: string;
  /** Optional end of a period, same forms; not before `date`. '..' means ongoing ("2012 – today"). */
  endDate?: string;
  /** Plain text, never HTML. */
  title: LocalizedText;
  /** Plain text, paragraphs split on blank lines. */
  description?: LocalizedText;
  /**
   * Open set; the built-in ones (BUILT_IN_CATEGORIES: diplomacy, economy, energy, science, culture,
   * education, people) have a colour, a shape and a name in every UI language. Others get a neutral style.
   */
  category?: string;
  /** 1 (minor) to 3 (major); decides which labels survive when space is short. Default 2. */
  importance?: 1 | 2 | 3;
  media?: MilestoneMedia;
  sources?: MilestoneSource[];
  /** Where sources disagree, or a date needs a word; shown by the date: "Moscow time: 23 July; Hanoi: 24 July". */
  dateNote?: LocalizedText;
  /** ISO date of the last editorial change, shown in the detail ("Updated 13 February 2026"). */
  updated?: string;
  /** The corrections made since publication, newest first, shown in the detail with their dates. */
  corrections?: MilestoneCorrection[];
}

/** Why an input item was left out by `normalize()`. */
/** A named period drawn behind the milestones: a band on the horizontal axis, a heading on the vertical spine. */
export interface Era {
  /** As a milestone's id: stable, unique among the eras, [a-z0-9-]+. */
  id: string;
  /** Its first date, in the forms of Milestone.date. */
  start: string;
  /** Its last date, in the same forms, not before `start`; '..' while it goes on. */
  end: string;
  /** Plain text, never HTML. */
  label: LocalizedText;
}

export interface DataProblem {
  /** Position of the item in the input (-1 when the input as a whole is wrong). */
  index: number;
  /** The item's id, when it had a usable one. */
  id?: string;
  /** The field at fault, when one is. */
  field?: string;
  /** A sentence a person can act on. */
  message: string;
  /** For spreadsheet (CSV) input: the row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  /** For spreadsheet input: the column's header. */
  column?: string;
}

export { BUILT_IN_CATEGORIES, type BuiltInCategory } from './categories.js';
