// What an entry costs the app that imports it (shared/BUDGETS.md): a CMS that only validates data with
// normalize() must not pay for the element. Bundles small consumers of the built package (dist/, so
// `npm run build` first) the way an app's bundler would, through package.json's exports and sideEffects.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1000;
const dir = mkdtempSync(join(tmpdir(), 'vr-entry-'));
mkdirSync(join(dir, 'node_modules'));
symlinkSync(resolve('.'), join(dir, 'node_modules', 'vr-timeline'), 'dir');

/** The app `source`, bundled and minified: its gzip -9 bytes and its text. */
async function consumer(name, source) {
  writeFileSync(join(dir, `${name}.js`), source);
  const out = await build({ entryPoints: [join(dir, `${name}.js`)], bundle: true, minify: true, format: 'esm', write: false, absWorkingDir: dir, logLevel: 'silent' });
  const text = out.outputFiles[0].text;
  return { bytes: gzipSync(text, { level: 9 }).length, text };
}

const validating = (from) => `import { normalize } from '${from}';\nconsole.log(normalize(JSON.parse(document.body.dataset.milestones)).problems);\n`;

for (const from of ['vr-timeline/model', 'vr-timeline']) {
  test(`import { normalize } from '${from}' costs at most 4 KB gzip and brings no lit, no element`, async () => {
    const { bytes, text } = await consumer(from.replace('/', '-'), validating(from));
    assert.ok(bytes <= 4 * KB, `${bytes} bytes gzip`);
    assert.doesNotMatch(text, /LitElement|customElements|attachShadow|vr-timeline\.data/);
    console.log(`# ${from}, normalize only: ${(bytes / KB).toFixed(1)} KB gzip -9`);
  });
}

test('the model bundle really validates: a bad date is reported with its field', async () => {
  const { text } = await consumer(
    'run-model',
    `import { normalize } from 'vr-timeline/model';\nexport const r = normalize([{ id: 'a', date: '1950-02-30', title: 'x' }, { id: 'b', date: '1950-01-30', title: 'y' }]);\n`,
  );
  const { r } = await import(`data:text/javascript,${encodeURIComponent(text)}`);
  assert.deepEqual(
    r.milestones.map((m) => m.id),
    ['b'],
  );
  assert.equal(r.problems[0].field, 'date');
});
