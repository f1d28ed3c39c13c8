// The one-file bundle's Vietnamese and Russian: dist/vr-timeline.lang.vi.js and dist/vr-timeline.lang.ru.js, built on
// their own from src/i18n/vi.ts and ru.ts (vite build --mode lang.vi, lang.ru), fetched from beside the bundle
// when an element first speaks that language. English is in the bundle.
import type { Language } from '../i18n/languages.js';
import { beside } from './beside.js';

const loaded: Record<string, Language> = {};

export const language = (lang: string): Language | undefined => loaded[lang];

export const loadLanguage = (lang: string): Promise<Language | undefined> =>
  lang === 'en' ? Promise.resolve(undefined) : (import(/* @vite-ignore */ beside(`vr-timeline.lang.${lang}.js`)) as Promise<Language>).then((m) => (loaded[lang] = m));
