// milestones.schema.json: the built-in dataset and the JSON fixtures pass it, and the kinds of mistake
// normalize() rejects fail it. Runs in Node (ajv is CommonJS), after the build, from scripts/run-tests.mjs.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync('milestones.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

test('the built-in dataset passes milestones.schema.json', async () => {
  const { vietnamRussiaMilestones } = await import('../../dist/data.js');
  assert.ok(vietnamRussiaMilestones.length >= 38);
  assert.ok(validate(vietnamRussiaMilestones), errors());
});

test('the JSON fixtures pass it, as a list and as { milestones }', () => {
  assert.ok(validate(JSON.parse(readFileSync('test/fixtures/three.json', 'utf8'))), errors());
  const object = JSON.parse(readFileSync('test/fixtures/three-object.json', 'utf8'));
  assert.ok(validate({ milestones: object.milestones.filter((m) => m.id !== 'Bad Id') }), errors());
});

test('it rejects what normalize() rejects: a bad id, a date in another form, HTML-free but empty text, a javascript: link, importance 5', () => {
  for (const bad of [
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
