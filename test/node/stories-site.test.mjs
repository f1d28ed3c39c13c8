// The built stories site (npm run build:stories), built into a temporary folder and served as static
// files: its pages are all there, and what a bare import would register in the dev server is registered in
// the build too (a build drops side-effect imports of files that package.json's "sideEffects" does not list).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort, launchChromium } from '../../scripts/chromium.mjs';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'vr-stories-'));
let server;
let browser;
let base;

before(async () => {
  if (!existsSync(`${root}dist/custom-elements.json`)) spawnSync('npm', ['run', 'analyze', '--silent'], { cwd: root, stdio: 'inherit' });
  const config = { configFile: `${root}vite.config.ts`, logLevel: 'error', build: { outDir: out, emptyOutDir: true } };
  await build(config);
  const port = await freePort();
  server = await preview({ ...config, preview: { host: '127.0.0.1', port, strictPort: true } });
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.httpServer.close(resolve) : resolve()));
  rmSync(out, { recursive: true, force: true });
});

test('the site has the stories page, the article page, the no-JavaScript page and the sample data', async () => {
  for (const path of ['', 'article.html', 'follow.html', 'no-js.html', 'data/five.json', 'data/ours.csv']) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path || 'index.html');
  }
});

test('the built page renders a story, its embed code and the API list, with no script error', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}?story=SrcJson`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('main vr-timeline')?.shadowRoot?.querySelector('[part~="milestone"]'));
  assert.match(await page.$eval('#embed-script', (code) => code.textContent), new RegExp(`src="${base}data/five\\.json"`));
  assert.ok(await page.$('#api-attributes'), 'the API list from the manifest');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the “Check your data” page works in the build (its element is registered)', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}?story=AuthoringCheck`, { waitUntil: 'networkidle0' });
  assert.ok(await page.evaluate(() => customElements.get('vr-authoring-check') !== undefined));
  assert.ok(await page.$eval('vr-authoring-check', (element) => element.shadowRoot?.querySelector('textarea') !== null));
  await page.close();
});
