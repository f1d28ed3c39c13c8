// Where the Vietnamese and Russian strings and date styles come from. In the npm build they come with the
// element, at once (a server render speaks every language); the one-file bundle's build replaces this module with
// src/bundle-shims/languages.ts, which loads dist/vr-timeline.lang.<lang>.js from beside the bundle on first use,
// so an English page does not pay for the other two.
import * as ru from './ru.js';
import * as vi from './vi.js';

/** One language's module: its UI strings and how it writes dates. */
export type Language = typeof vi;

const ALL: Record<string, Language> = { vi, ru };

/** The language's module once at hand (here: always), else undefined. */
export const language = (lang: string): Language | undefined => ALL[lang];

export const loadLanguage = (lang: string): Promise<Language | undefined> => Promise.resolve(ALL[lang]);
