// Scratch: counts whole titles at the default view of the stories page. usage: node scripts/probe-titles.mjs width lang
import { launchChromium } from './chromium.mjs';
const [width = 1280, lang = 'en', shot = ''] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' || m.type() === 'warning' ? console.log('console', m.text()) : null);
await page.setViewport({ width: Number(width), height: 900 });
await page.goto(`http://localhost:5173/?story=BuiltIn&lang=${lang}&orientation=${process.env.OR ?? "auto"}`, { waitUntil: 'networkidle0' });
await page.waitForFunction(() => document.querySelector('vr-timeline')?.shadowRoot?.querySelector('button.marker'));
await new Promise((r) => setTimeout(r, 500));
const out = await page.evaluate(() => {
  const el = document.querySelector('vr-timeline');
  const root = el.shadowRoot;
  const labels = [...root.querySelectorAll('[part~="label"]')];
  const over = labels.filter((l) => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent);
  return { w: el.clientWidth, h: el.offsetHeight, labels: labels.map((l) => l.textContent.trim()), over, clusters: root.querySelectorAll('[part~="cluster"]').length, vertical: !!root.querySelector('.vertical') };
});
console.log(JSON.stringify(out, null, 1));
if (shot) await page.screenshot({ path: shot });
await browser.close();
