// The API docs are generated from dist/custom-elements.json (npm run build first): README tables, VS Code
// custom data and JetBrains web-types cannot drift from the code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { apiMarkdown, elementOf, withApi } from '../../scripts/api-docs.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

test('the README API tables are the ones generated from the manifest (npm run docs)', () => {
  const result = spawnSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
});

test('a changed JSDoc description would show as drift', () => {
  const el = structuredClone(elementOf(manifest));
  el.members.find((m) => m.name === 'orientation').description = 'Changed.';
  const readme = readFileSync('README.md', 'utf8');
  assert.notEqual(withApi(readme, apiMarkdown(el)), readme);
});

test('VS Code custom data offers the values of orientation and theme; web-types names every CSS part', () => {
  const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  const tag = vscode.tags.find((t) => t.name === 'vr-timeline');
  const values = (name) => tag.attributes.find((a) => a.name === name).values.map((v) => v.name);
  assert.deepEqual(values('orientation'), ['auto', 'horizontal', 'vertical']);
  assert.deepEqual(values('theme'), ['light', 'dark', 'auto']);
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
  assert.equal(JSON.parse(readFileSync('package.json', 'utf8'))['web-types'], './dist/web-types.json');
  assert.ok(webTypes.contributions.css.parts.some((p) => p.name === 'detail'));
  assert.deepEqual(
    webTypes.contributions.html.elements[0].events.map((e) => e.name),
    ['vr-select', 'vr-view-change', 'vr-data-error'],
  );
});
