// Screenshots of the stories page in headless system Chromium: each story at 1280 px and 375 px,
// light and dark. Needs the stories page running (npm start). Writes PNGs to .screenshots/.
// usage: node scripts/screenshots.mjs [base-url] [Story ...]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const base = process.argv[2] ?? 'http://localhost:5173/';
const stories = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['BuiltIn', 'CustomFive', 'Phone360', 'Phone375Open', 'StoryCards', 'DeepLink', 'Dark', 'Vietnamese', 'Russian', 'BadData', 'ServerRendered'];
mkdirSync('.screenshots', { recursive: true });

const browser = await launchChromium();
try {
  for (const story of stories) {
    for (const width of [1280, 375]) {
      for (const theme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
        page.on('pageerror', (error) => console.error(`${story}: page error: ${error.message}`));
        await page.goto(`${base}?story=${story}&theme=${theme}`, { waitUntil: 'networkidle0' });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForFunction(
          // The server-rendered story has no element, only frames of the server's HTML (loaded by networkidle0).
          () =>
            document.querySelector('table, vr-authoring-check, iframe[src^="ssr/"]') ||
            document.querySelector('vr-timeline')?.shadowRoot?.querySelector('button.marker, button.row-title'),
          { timeout: 10000 },
        );
        const file = `.screenshots/${story}-${width}-${theme}.png`;
        // A page taller than Chromium can capture (a 10,000-card list) is shot from the top, 4,000 px of it.
        const tall = (await page.evaluate(() => document.documentElement.scrollHeight)) > 16_000;
        if (!tall && (await page.$('iframe'))) {
          // A sandboxed frame runs in its own process, which a full-page shot leaves blank below the first
          // screen: the window is made as tall as the page instead.
          await page.setViewport({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          await page.screenshot({ path: file });
        } else await page.screenshot(tall ? { path: file, clip: { x: 0, y: 0, width, height: 4000 }, captureBeyondViewport: true } : { path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}
