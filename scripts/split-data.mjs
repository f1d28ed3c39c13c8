// Writes dist/vr-timeline.data.<lang>.js: the built-in dataset (`{ milestones, eras }`) with the text of one language only, for
// the one-file bundle. A news page then loads only its own language (see shared/BUDGETS.md). The source
// of truth stays src/data/vietnam-russia.ts (all languages), built to dist/data.js by the library build.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LANGS = ['en', 'vi', 'ru'];

/**
 * One language of a LocalizedText, as a plain string: this file is loaded only for its own language, so the
 * element marks it with that language. A passage that falls back to English stays { en } so the element
 * marks it lang="en" (WCAG 3.1.2).
 */
const pick = (text, lang) => (text === undefined || typeof text === 'string' ? text : text[lang] !== undefined ? text[lang] : { en: text.en });

/** JSON with unquoted keys (every key here is a plain identifier): about 40 bytes fewer after gzip. */
export const literal = (value) => JSON.stringify(value).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:');

export function project(m, lang) {
  const out = { ...m, title: pick(m.title, lang) };
  if (m.description !== undefined) out.description = pick(m.description, lang);
  if (m.media) out.media = { ...m.media, alt: pick(m.media.alt, lang), caption: pick(m.media.caption, lang), credit: pick(m.media.credit, lang) };
  if (m.sources) out.sources = m.sources.map((s) => ({ ...s, label: pick(s.label, lang) }));
  if (m.dateNote !== undefined) out.dateNote = pick(m.dateNote, lang);
  if (m.corrections) out.corrections = m.corrections.map((c) => ({ ...c, text: pick(c.text, lang) }));
  return out;
}

// Run as a script (the build); imported by test/node for project() and literal().
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { vietnamRussiaMilestones, vietnamRussiaEras } = await import(pathToFileURL('dist/data.js').href);
  for (const lang of LANGS) {
    const file = `dist/vr-timeline.data.${lang}.js`;
    const eras = vietnamRussiaEras.map((era) => ({ ...era, label: pick(era.label, lang) }));
    // The JSON form { milestones, eras }, which the element reads as it reads a `src`.
    writeFileSync(file, `export default ${literal({ milestones: vietnamRussiaMilestones.map((m) => project(m, lang)), eras })};\n`);
    console.log(`wrote ${file}`);
  }
}
