// milestones.schema.json: the built-in dataset and the JSON fixtures pass it, and the kinds of mistake
// normalize() rejects fail it. Runs in Node (ajv is CommonJS), after the build, from scripts/run-tests.mjs.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('milestones.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

test('the built-in dataset passes milestones.schema.json, with its eras as { milestones, eras }', async () => {
  const { vietnamRussiaMilestones, vietnamRussiaEras } = await import('../../dist/data.js');
  assert.ok(vietnamRussiaMilestones.length >= 38);
  assert.ok(validate(vietnamRussiaMilestones), errors());
  assert.equal(vietnamRussiaEras.length, 6);
  assert.ok(validate({ milestones: vietnamRussiaMilestones, eras: vietnamRussiaEras }), errors());
});

test('the JSON fixtures pass it, as a list and as { milestones }', () => {
  assert.ok(validate(JSON.parse(readFileSync('test/fixtures/three.json', 'utf8'))), errors());
  const object = JSON.parse(readFileSync('test/fixtures/three-object.json', 'utf8'));
  assert.ok(validate({ milestones: object.milestones.filter((m) => m.id !== 'Bad Id') }), errors());
});

test('it accepts dates with EDTF doubt and an ongoing end, as normalize() does', () => {
  for (const good of [
    { id: 'a', date: '1951~', title: 'x' },
    { id: 'a', date: '1957-05-20?', title: 'x', endDate: '1957-06%' },
    { id: 'a', date: '2012-07', title: 'x', endDate: '..' },
    { id: 'a', date: '1980-07-23', title: 'x', dateNote: { en: 'Moscow time' }, updated: '2026-02-13', corrections: [{ date: '2026-02-13', text: 'Fixed.' }] },
  ]) {
    assert.ok(validate([good]), `${JSON.stringify(good)}: ${errors()}`);
  }
});

test('it accepts { milestones, eras } and rejects an era without its label or with an end that is not a date', () => {
  const eras = [
    { id: 'war', start: '1950', end: '1975-04-30', label: { en: 'The war years' } },
    { id: 'now', start: '2012-07', end: '..', label: 'Today' },
  ];
  assert.ok(validate({ milestones: [], eras }), errors());
  assert.equal(validate({ milestones: [], eras: [{ id: 'war', start: '1950', end: '1975' }] }), false);
  assert.equal(validate({ milestones: [], eras: [{ id: 'war', start: '1950', end: 'soon', label: 'x' }] }), false);
});

test('it rejects what normalize() rejects: a bad id, a date in another form, HTML-free but empty text, a javascript: link, importance 5', () => {
  for (const bad of [
    { id: 'a', date: '..', title: 'x' },
    { id: 'a', date: '1951~~', title: 'x' },
    { id: 'a', date: '1951', title: 'x', updated: 'last week' },
    { id: 'a', date: '1951', title: 'x', corrections: [{ date: '2026-02-13' }] },
    { id: 'Bad Id', date: '1950', title: 'x' },
    { id: 'a', date: '30/01/1950', title: 'x' },
    { id: 'a', date: '1950', title: '  ' },
    { id: 'a', date: '1950', title: 'x', sources: [{ label: 'x', url: 'javascript:alert(1)' }] },
    { id: 'a', date: '1950', title: 'x', importance: 5 },
    { id: 'a', date: '1950', title: 'x', media: { src: 'javascript:alert(1)', alt: 'x' } },
  ]) {
    assert.equal(validate([bad]), false, JSON.stringify(bad));
  }
});

test('normalize() and the schema agree on media.src: disguised javascript: and data:, colons, control characters (reliability review M5)', async () => {
  const { normalize } = await import('../../dist/model.js');
  const cases = [
    'images/bridge.jpg',
    '/media/a.png',
    'a b.png',
    'https://example.org/a.jpg',
    'HTTP://example.org/a.jpg',
    '  https://example.org/a.jpg  ',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'da\tta:image/svg+xml;base64,AAAA',
    '\u0001data:image/gif;base64,AAAA',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'images/a:b.png',
    'ftp://example.org/a.jpg',
    'images/a\u007fb.png',
    '//cdn.example/a.png',
  ];
  for (const src of cases) {
    const item = { id: 'a', date: '1950', title: 'x', media: { src, alt: 'x' } };
    const kept = normalize([item]).milestones.length === 1;
    assert.equal(validate([item]), kept, `${JSON.stringify(src)}: normalize ${kept ? 'keeps' : 'refuses'} it, the schema ${kept ? 'refuses' : 'keeps'} it`);
  }
});

test('normalize() and the schema accept and refuse the same generated media.src values: control characters, whitespace, entities, mixed case (fast-check, reliability review M5)', async () => {
  const { default: fc } = await import('fast-check');
  const { normalize } = await import('../../dist/model.js');
  const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u007f', '\u00a0', '\u2028', '\ufeff', '&#x3a;', '&colon;', '%3A', ':');
  const mixedCase = (text) =>
    fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((up) => [...text].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
  // Noise inside the scheme, the way "java\tscript:" hides one.
  const scheme = fc
    .tuple(fc.constantFrom('https://', 'http://', 'javascript:', 'data:', 'vbscript:', 'blob:', ''), noise, fc.nat())
    .chain(([name, extra, at]) => mixedCase(name).map((cased) => [name, cased ? cased.slice(0, at % cased.length) + extra + cased.slice(at % cased.length) : '']));
  const path = fc
    .array(fc.oneof(noise, fc.constantFrom('images', 'a.jpg', '/', 'é', '?q=1', '#top', 'alert(1)', 'image/png;base64,AAAA')), { maxLength: 5 })
    .map((parts) => parts.join(''));
  const src = fc.tuple(noise, scheme, path, noise).map(([before, [name, start], rest, after]) => {
    // An http(s) address has its host (a host full of noise is for the URL parser, not for this rule).
    const host = name.startsWith('http') ? 'example.org/' : '';
    return before + start + host + rest + after;
  });
  fc.assert(
    fc.property(src, (value) => {
      const item = { id: 'a', date: '1950', title: 'x', media: { src: value, alt: 'x' } };
      const kept = normalize([item]).milestones.length === 1;
      assert.equal(validate([item]), kept, `${JSON.stringify(value)}: normalize ${kept ? 'keeps' : 'refuses'} it, the schema does not`);
    }),
    { numRuns: 5000, seed: 20261207 },
  );
});
