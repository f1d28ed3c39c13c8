import type { LocalizedText } from './milestone.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** isLocalizedText(value) → true for a non-empty string or an object of language → non-empty string. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([lang, text]) => LANGUAGE_TAG.test(lang) && typeof text === 'string') && entries.some(([, text]) => (text as string).trim() !== '');
}

/** The language key textFor() picks for `lang`, or undefined for plain text. */
function pick(text: Exclude<LocalizedText, string>, lang: string): string | undefined {
  const base = lang.split('-')[0] ?? lang;
  for (const key of [lang, base, 'en']) if (text[key]?.trim()) return key;
  return Object.keys(text).find((key) => text[key]!.trim() !== '');
}

/**
 * textLang({ en: 'Forum' }, 'vi') → 'en': the language of the passage textFor() shows when it is not the
 * UI language (a fallback), so the element can mark it with `lang` and screen readers pronounce it right
 * (WCAG 3.1.2). Undefined for plain text, a passage in the UI language, or one of undetermined language ('und').
 */
export function textLang(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  const key = pick(text, lang);
  const base = (l: string): string => l.split('-')[0]!.toLowerCase();
  return key === undefined || key === 'und' || base(key) === base(lang) ? undefined : key;
}

/**
 * textFor(text, 'vi-VN') → the text in that language, else in its base language ('vi'),
 * else English, else the first non-empty one. Always a string.
 */
export function textFor(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const key = pick(text, lang);
  return key === undefined ? '' : text[key]!;
}

/**
 * fold('Hà Nội') → 'ha noi': lower case, without diacritics (đ → d; ё → е, and й → и with them), spaces collapsed:
 * text to match or to make an id from, whatever the writer's accents.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}
