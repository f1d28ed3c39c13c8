// The per-language dataset files (scripts/split-data.mjs): one language as plain strings, and an English
// fallback still marked as English, so the element can give it lang="en".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { literal, project } from '../../scripts/split-data.mjs';

const milestone = {
  id: 'x',
  date: '1950-01-30',
  title: { en: 'Relations established', ru: 'Установлены отношения' },
  description: { en: 'Only in English.' },
  sources: [{ label: { en: 'Agency', ru: 'Агентство' }, url: 'https://example.org/' }],
};

test('project() keeps the file’s language as plain text and an English fallback as { en }', () => {
  const ru = project(milestone, 'ru');
  assert.equal(ru.title, 'Установлены отношения');
  assert.deepEqual(ru.description, { en: 'Only in English.' });
  assert.equal(ru.sources[0].label, 'Агентство');
});

test('a language file of the built-in data holds no text of another language, in any field (a date note and corrections too)', async () => {
  const { vietnamRussiaMilestones } = await import('../../dist/data.js');
  const withAll = { ...milestone, dateNote: { en: 'Moscow time', ru: 'По московскому времени' }, corrections: [{ date: '2026-02-13', text: { en: 'Fixed.', ru: 'Исправлено.' } }] };
  for (const lang of ['en', 'vi', 'ru']) {
    for (const m of [...vietnamRussiaMilestones, withAll]) {
      const others =
        JSON.stringify(project(m, lang))
          .match(/"(en|vi|ru)":/g)
          ?.filter((key) => key !== '"en":') ?? [];
      assert.deepEqual(others, [], `${m.id} in ${lang}`);
    }
  }
});

test('literal() unquotes keys but never touches quotes inside text', () => {
  const text = literal([{ title: 'He said "a": b', url: 'https://example.org/?"k":1' }]);
  assert.equal(text, String.raw`[{title:"He said \"a\": b",url:"https://example.org/?\"k\":1"}]`);
  assert.deepEqual(new Function(`return ${text}`)(), [{ title: 'He said "a": b', url: 'https://example.org/?"k":1' }]);
});
