// The stories page's embed generator, as an editor uses it: the page served by Vite's dev server (the
// config's stories branch, as `npm start` serves it) in the system Chromium. Changing a control changes
// the code to paste; the API panel lists what the manifest says; Copy puts the code on the clipboard.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort, launchChromium } from '../../scripts/chromium.mjs';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** axe-core, as the element tests use it (through @open-wc/testing). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
let browser;
let page;
let base;

const text = (selector) => page.$eval(selector, (element) => element.textContent);
const scriptEmbed = () => text('#embed-script');
const iframeEmbed = () => text('#embed-iframe');

/** Sets a text control as an editor does: type, then leave the field (its change event). */
async function fill(selector, value) {
  await page.$eval(selector, (input) => (input.value = ''));
  await page.type(selector, value);
  await page.keyboard.press('Tab');
}

async function open(query) {
  await page.goto(`${base}?${query}`);
  await page.waitForSelector('#embed-script');
}

before(async () => {
  // The API panel reads dist/custom-elements.json; a fresh clone has none before its first build.
  if (!existsSync(`${root}dist/custom-elements.json`)) spawnSync('npm', ['run', 'analyze', '--silent'], { cwd: root, stdio: 'inherit' });
  const port = await freePort();
  server = await createServer({ configFile: `${root}vite.config.ts`, logLevel: 'error', clearScreen: false, server: { host: '127.0.0.1', port, strictPort: true } });
  await server.listen();
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
  await browser.defaultBrowserContext().overridePermissions(base, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('choosing Tiếng Việt writes lang="vi" into the script embed, lang=vi into the iframe address and the preview', async () => {
  await open('story=BuiltIn');
  assert.match(await scriptEmbed(), /<vr-timeline lang="en"><\/vr-timeline>/);
  await page.select('#ctl-lang', 'vi');
  assert.match(
    await scriptEmbed(),
    /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/vr-timeline@0\/dist\/vr-timeline\.bundle\.js"><\/script>\n<vr-timeline lang="vi"><\/vr-timeline>$/,
  );
  assert.match(await iframeEmbed(), /embed\.html\?lang=vi" title="Dòng thời gian quan hệ Việt Nam – Nga"/);
  assert.match(await iframeEmbed(), /vr-timeline:height/, 'the resize listener comes with the iframe');
  assert.equal(await page.$eval('main vr-timeline', (element) => element.getAttribute('lang')), 'vi');
  assert.match(new URL(page.url()).search, /lang=vi/, 'the link keeps the choice');
});

test('orientation, selected and a data address go into both embeds; accent and height into a style rule the iframe says it leaves out', async () => {
  await open('story=SrcJson');
  await page.select('#ctl-orientation', 'vertical');
  await fill('#ctl-selected', 'b-1950');
  await fill('#ctl-accent', '#e53935');
  await fill('#ctl-height', '420px');
  const script = await scriptEmbed();
  assert.match(script, new RegExp(`<vr-timeline lang="en" orientation="vertical" selected="b-1950" src="${base}data/five\\.json"></vr-timeline>`));
  assert.match(script, /<style>vr-timeline \{ --vr-height: 420px; --vr-accent: #e53935; \}<\/style>/);
  const query = new URL((await iframeEmbed()).match(/src="([^"]+)"/)[1]).searchParams;
  assert.deepEqual(Object.fromEntries(query), { lang: 'en', orientation: 'vertical', selected: 'b-1950', src: `${base}data/five.json` });
  assert.match(await text('.embed .note'), /--vr-height, --vr-accent: only the script embed carries them/);
});

test('an accent that is not a colour is marked invalid and left out of the embed', async () => {
  await open('story=BuiltIn');
  await fill('#ctl-accent', 'red; color: blue');
  assert.equal(await page.$eval('#ctl-accent', (input) => input.getAttribute('aria-invalid')), 'true');
  assert.match(await text('#ctl-accent-error'), /Not a CSS colour/);
  assert.doesNotMatch(await scriptEmbed(), /<style>/);
});

test('a story whose data is inline has a script embed with the data and no iframe', async () => {
  await open('story=InlineJson');
  assert.match(await scriptEmbed(), /<vr-timeline lang="en">\n {2}<script type="application\/json">\n {2}\[\n {4}\{"id":"relations"/);
  assert.equal(await page.$('#embed-iframe'), null);
});

test('the API panel lists the manifest’s attributes (orientation, with its value now), CSS parts (detail) and events', async () => {
  await open('story=StoryCards');
  const attributes = await page.$$eval('#api-attributes .api-entry', (entries) => entries.map((entry) => entry.textContent.replace(/\s+/g, ' ')));
  const orientation = attributes.find((entry) => entry.startsWith(' orientation') || entry.startsWith('orientation'));
  assert.ok(orientation, `orientation among ${attributes.length} attributes`);
  assert.match(orientation, /Now: vertical/);
  assert.ok((await page.$$eval('#api-parts dt code', (names) => names.map((name) => name.textContent))).includes('detail'));
  assert.ok((await page.$$eval('#api-events dt code', (names) => names.map((name) => name.textContent))).includes('vr-select'));
});

test('Copy puts the script embed on the clipboard and says so', async () => {
  await open('story=BuiltIn');
  await page.click('button[aria-label="Copy the script embed"]');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent !== '');
  assert.equal(await text('.copy-status'), 'Copied the script embed to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await scriptEmbed());
});

test('the dark newsroom theme gives the element theme="dark" and a red accent, and is remembered', async () => {
  await open('story=BuiltIn');
  await page.select('#site-theme', 'newsroom');
  assert.match(await scriptEmbed(), /<vr-timeline lang="en" theme="dark"><\/vr-timeline>\n<style>vr-timeline \{ --vr-accent: #e53935; \}<\/style>/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 18, 18)');
  await open('story=Vietnamese');
  assert.equal(await page.$eval('#site-theme', (select) => select.value), 'newsroom');
  await page.select('#site-theme', 'default');
  assert.match(await scriptEmbed(), /<vr-timeline lang="vi"><\/vr-timeline>$/);
});

test('the page has no axe violations in any of the three site themes at 375 px', async () => {
  await page.setViewport({ width: 375, height: 800 });
  try {
    for (const site of ['default', 'newsroom', 'print']) {
      await open(`story=CustomFive&selected=b-1950&site=${site}`);
      await page.waitForFunction(() => document.querySelector('main vr-timeline')?.shadowRoot?.querySelector('[part~="detail"]'));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(violations, [], site);
    }
  } finally {
    await page.setViewport({ width: 1280, height: 900 });
  }
});
