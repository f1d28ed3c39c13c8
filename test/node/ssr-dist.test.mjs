// The npm build (dist/define.js, dist/data.js) renders on a server as the sources do (test/node/ssr.test.mjs).
// It needs `npm run build` first, which `npm test` runs. A file of its own: Node runs each test file in its own
// process, and one process can register <vr-timeline> only once.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { loadServerElement, renderTimeline } from '../../scripts/ssr.mjs';

const built = existsSync(new URL('../../dist/define.js', import.meta.url));

test('the npm build server-renders the built-in dataset in Vietnamese', { skip: !built && 'dist/ is missing: run npm run build' }, async () => {
  const { vietnamRussiaMilestones } = await loadServerElement('dist');
  const html = await renderTimeline({ milestones: vietnamRussiaMilestones, lang: 'vi', from: 'dist' });
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /class="root vertical"/);
  assert.equal((html.match(/class="marker card"/g) ?? []).length, vietnamRussiaMilestones.length);
  assert.ok(html.includes('>30/1/1950<'), 'a Vietnamese date');
  assert.doesNotMatch(html, /Đang tải/);
});
