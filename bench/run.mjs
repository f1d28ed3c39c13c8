// npm run bench: speed, DOM size and memory of the built bundle in headless system Chromium, against the
// targets of shared/BUDGETS.md. Prints medians (this machine is noisy); asserts nothing.
// Needs `npm run build` first. The comparison with vis-timeline in the same run is not here yet.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = process.cwd();
const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync('dist/vr-timeline.bundle.js')) {
  console.error('dist/vr-timeline.bundle.js is missing: run npm run build first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(ROOT) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}).listen(0);
const port = server.address().port;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const row = (what, value, target, ok) => console.log(`${ok ? 'ok  ' : 'MISS'} ${what.padEnd(34)} ${value.padStart(12)}   target ${target}`);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`http://localhost:${port}/bench/page.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => customElements.get('vr-timeline') && window.firstRender);

  console.log(`vr-timeline bench: headless Chromium, 1280 px, median of ${RUNS} runs\n`);
  for (const [n, renderTarget] of [[1000, 50], [10000, 150]]) {
    const renders = [];
    let elements = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await page.evaluate((count) => window.firstRender(count), n);
      renders.push(r.ms);
      elements = Math.max(elements, r.elements);
    }
    const frames = await page.evaluate(() => window.zoomFrames(60));
    row(`first render, N=${n}`, `${median(renders).toFixed(1)} ms`, `≤ ${renderTarget} ms`, median(renders) <= renderTarget);
    row(`zoom step p95, N=${n}`, `${p95(frames).toFixed(1)} ms`, '≤ 16.7 ms', p95(frames) <= 16.7);
    console.log(`     (zoom step median ${median(frames).toFixed(1)} ms)`);
    row(`DOM elements, N=${n}`, String(elements), '≤ 2,000', elements <= 2000);
  }

  const cdp = await page.createCDPSession();
  const heap = async () => {
    await page.evaluate(() => window.gc?.());
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => window.churn(20));
  const before = await heap();
  await page.evaluate(() => window.churn(200));
  const growth = (await heap()) - before;
  row('heap growth, 200 connect cycles', `${(growth / 1024 / 1024).toFixed(2)} MB`, '< 5 MB', growth < 5 * 1024 * 1024);
} finally {
  await browser.close();
  server.close();
}
