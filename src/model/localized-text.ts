import type { LocalizedText } from './milestone.js';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** isLocalizedText(value) → true for a non-empty string or an object of language → non-empty string. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(([lang, text]) => LANGUAGE_TAG.test(lang) && typeof text === 'string') &&
    entries.some(([, text]) => (text as string).trim() !== '')
  );
}

/**
 * textFor(text, 'vi-VN') → the text in that language, else in its base language ('vi'),
 * else English, else the first non-empty one. Always a string.
 */
export function textFor(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = lang.split('-')[0] ?? lang;
  for (const key of [lang, base, 'en']) {
    const value = text[key];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return Object.values(text).find((value) => value.trim() !== '') ?? '';
}
