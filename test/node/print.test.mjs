// Printing the built-in timeline, as a reader prints a page with the embed in it: dist/embed.html (npm run build
// first) served as static files and printed to A4 by the system Chromium, in each language of the built-in data.
// The margins are 1 cm, about what Chromium's print dialog uses by default (page.pdf's own default is none).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { after, before, test } from 'node:test';
import { freePort, launchChromium } from '../../scripts/chromium.mjs';

const dist = new URL('../../dist/', import.meta.url);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(new URL('embed.html', dist)), 'dist/embed.html: run npm run build first');
  server = createServer(async (request, response) => {
    const path = new URL(request.url, base).pathname.slice(1);
    try {
      const body = await readFile(new URL(path, dist));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** dist/embed.html in `lang`, 800 px wide, under print media, once every card carries its text. */
async function printed(lang) {
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 1000 });
  await page.goto(`${base}embed.html?lang=${lang}`);
  await page.emulateMediaType('print');
  await page.waitForFunction(() => (document.querySelector('vr-timeline')?.shadowRoot?.querySelectorAll('.full').length ?? 0) > 30);
  return page;
}

for (const lang of ['en', 'vi', 'ru']) {
  test(`the built-in data in ${lang} prints on at most 4 A4 pages`, async () => {
    const page = await printed(lang);
    const pdf = Buffer.from(await page.pdf({ format: 'A4', margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;
    assert.ok(pages >= 1 && pages <= 4, `${pages} pages`);
    await page.close();
  });
}

test('on paper each era is a heading, with its dates, above its first milestone', async () => {
  const page = await printed('en');
  const heads = await page.evaluate(() =>
    [...document.querySelector('vr-timeline').shadowRoot.querySelectorAll('h3.era-head')].map((h) => [
      h.innerText.replace(/\s+/g, ' ').trim(),
      getComputedStyle(h).position,
      h.getBoundingClientRect().height > 0,
    ]),
  );
  assert.equal(heads.length, 6);
  assert.deepEqual(heads[1], ['Years of war in Vietnam 30 January 1950 – 29 April 1975', 'static', true]);
  await page.close();
});

test('on paper the key events span the list, the others share two columns; sources show their host; the category shapes print', async () => {
  const page = await printed('en');
  const seen = await page.evaluate(() => {
    const root = document.querySelector('vr-timeline').shadowRoot;
    const list = root.querySelector('ol').getBoundingClientRect().width;
    const cards = [...root.querySelectorAll('.card-item')].map((item) => ({ key: item.classList.contains('importance-3'), share: item.getBoundingClientRect().width / list }));
    // What follows each link in its paragraph.
    const after = (a) => {
      const range = document.createRange();
      range.setStartAfter(a);
      range.setEndAfter(a.parentNode.lastChild);
      return range.toString();
    };
    const links = [...root.querySelectorAll('.full a[href]')].map((a) => ({ host: new URL(a.href).hostname.replace(/^www\./, ''), after: after(a) }));
    const adjust = [...root.querySelectorAll('.shape, .card-item')].map((el) => getComputedStyle(el).printColorAdjust);
    return { cards, links, adjust, text: root.querySelector('[role="region"]').innerText };
  });
  const key = seen.cards.filter((card) => card.key);
  assert.equal(key.length, 10);
  assert.ok(
    key.every((card) => card.share > 0.95),
    `key events' share of the width: ${key.map((card) => card.share.toFixed(2))}`,
  );
  assert.ok(
    seen.cards.filter((card) => !card.key).every((card) => card.share < 0.55),
    'the others in a column',
  );
  assert.ok(seen.links.length > 80);
  for (const { host, after } of seen.links) assert.ok(after.startsWith(` (${host})`), `after a link to ${host}: ${JSON.stringify(after.slice(0, 40))}`);
  assert.doesNotMatch(seen.text, /https?:\/\//, 'no whole addresses on paper');
  assert.deepEqual([...new Set(seen.adjust)], ['exact'], 'the shapes and coloured edges print as they are');
  await page.close();
});
