// npm run bench: vr-timeline and vis-timeline side by side, in one run and one harness (bench/common.mjs),
// in headless system Chromium, 1200 × 600 px box: first frame painted, main-thread time per view change
// (from a Chrome trace), frame p50/p95 while the view changes every frame, vertical scroll frame p95,
// JS heap, DOM elements. Medians over BENCH_RUNS runs (default 5), the libraries interleaved in every run.
// Prints a table with ratios and writes bench/latest.json. Asserts nothing; needs `npm run build` first.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const ROOT = process.cwd();
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const CHANGES = 60;
// npm run bench -- --report: prints the table of bench/latest.json without measuring.
const REPORT = process.argv.includes('--report');
// npm run bench -- --cpu-throttle [rate]: also measures with the CPU slowed `rate` times (CDP
// Emulation.setCPUThrottlingRate; default 4, as on a mid-range phone or a school laptop): both libraries at
// 1,000, vr-timeline at 10,000 too (vis-timeline there would take minutes per run).
const throttleAt = process.argv.indexOf('--cpu-throttle');
const THROTTLE = throttleAt < 0 ? 0 : Number(process.argv[throttleAt + 1]) || 4;
// vis-timeline needs seconds per view change at 10,000 items (shared/BUDGETS.md): fewer changes there.
const visChanges = (n) => (n >= 10000 ? 6 : CHANGES);
// npm run bench -- --profile [--cpu-throttle rate] [--pan] [--js]: instead of the table, where vr-timeline's main
// thread spends a view change (self time per trace event, per change; with --js, per function of a sampling
// profile) and how many nodes a change creates and removes; zoom steps, or with --pan Shift+wheel pan steps.
const PROFILE = process.argv.includes('--profile');
const steps = process.argv.includes('--pan') ? 'panChanges' : 'viewChanges';
// --first: the same breakdown for the first frame (data handed over → painted) instead of view changes.
const FIRST = process.argv.includes('--first');
// npm run bench -- --against <dir>: instead of vis-timeline, another build (a copy of its dist/, say main's:
// `cp -r dist /tmp/main-dist` before rebuilding), measured interleaved with dist/'s in the same run: the way to
// tell whether a change helps on a machine whose figures move by up to 40 % between runs. Writes no latest.json.
const againstAt = process.argv.indexOf('--against');
const AGAINST = againstAt < 0 ? null : resolve(process.argv[againstAt + 1] ?? '');
if (AGAINST && !existsSync(join(AGAINST, 'vr-timeline.bundle.js'))) {
  console.error(`--against: ${AGAINST}/vr-timeline.bundle.js does not exist.`);
  process.exit(1);
}
/** The libraries a run compares: dist/'s build and vis-timeline, or dist/'s build and the other build. */
const LIBS = AGAINST ? ['vr', 'against'] : ['vr', 'vis'];

if (!REPORT && !existsSync('dist/vr-timeline.bundle.js')) {
  console.error('dist/vr-timeline.bundle.js is missing: run npm run build first.');
  process.exit(1);
}

const server = createServer((req, res) => {
  const asked = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // The other build (--against) is served at /against/, where its bundle finds the chunks it loads.
  const [base, rest] = AGAINST && asked.startsWith('/against/') ? [AGAINST, asked.slice('/against'.length)] : [ROOT, asked];
  const path = normalize(join(base, rest));
  if (!path.startsWith(base) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}).listen(0);
const port = server.address().port;

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const browser = REPORT
  ? null
  : await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
    });
const version = browser ? await browser.version() : '';

/**
 * Main-thread time of the page's renderer in a Chrome trace, in ms: the top-level tasks on CrRendererMain.
 * Several renderer processes may be traced; the page's is the one that did the most work.
 */
function mainThreadMs(trace) {
  const events = JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = new Map(mains.map((m) => [`${m.pid}:${m.tid}`, 0]));
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur && e.cat.split(',').includes('toplevel') && busy.has(key)) busy.set(key, busy.get(key) + e.dur);
  }
  return Math.max(0, ...busy.values()) / 1000;
}

async function heapMB(page, cdp) {
  await page.evaluate(() => window.gc?.());
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
}

/** One library at one size, in a fresh page: every figure once; with the CPU slowed `throttle` times when given. */
async function measure(lib, n, throttle = 0) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://localhost:${port}/bench/${lib === 'against' ? 'vr.html?bundle=/against/vr-timeline.bundle.js' : `${lib}.html`}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.ready);
  const cdp = await page.createCDPSession();
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const baseline = await heapMB(page, cdp);
  const first = await page.evaluate((count) => window.firstFrame(count), n);
  const heap = (await heapMB(page, cdp)) - baseline;
  const changes = lib === 'vis' ? visChanges(n) : CHANGES;
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
  const frames = await page.evaluate((count) => window.viewChanges(count), changes);
  const perChange = mainThreadMs(await page.tracing.stop()) / changes;
  let scroll = null;
  let verticalDom = null;
  if (lib !== 'vis') {
    verticalDom = await page.evaluate((count) => window.mountVertical(count), n);
    scroll = await page.evaluate((count) => window.scrollFrames(count), CHANGES);
  }
  await page.close();
  return { first: first.ms, dom: first.elements, heap, perChange, frames, scroll, verticalDom };
}

/**
 * Self time per trace event name on the page's main thread, in ms: a nested event's time counts once, in the
 * innermost event (a FunctionCall's self time is script; UpdateLayoutTree is style; Layout, PrePaint, Paint...).
 */
function selfTimes(trace) {
  const events = JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((m) => `${m.pid}:${m.tid}`));
  const byThread = new Map();
  for (const e of events)
    if (e.ph === 'X' && e.dur && mains.has(`${e.pid}:${e.tid}`)) (byThread.get(`${e.pid}:${e.tid}`) ?? byThread.set(`${e.pid}:${e.tid}`, []).get(`${e.pid}:${e.tid}`)).push(e);
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((t, e) => t + e.dur, 0) - a.reduce((t, e) => t + e.dur, 0))[0] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of busiest) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000);
    stack.push(e);
  }
  return self;
}

async function profile(n, throttle) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://localhost:${port}/bench/vr.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => window.ready);
  const cdp = await page.createCDPSession();
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (FIRST && !process.argv.includes('--js')) {
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink', 'v8.execute'] });
    const { ms } = await page.evaluate((count) => window.firstFrame(count), n);
    const self = selfTimes(await page.tracing.stop());
    await page.close();
    // One "step": the first frame; its figure stands in for the frames.
    return { self: new Map([...self].map(([k, v]) => [k, v * CHANGES])), frames: [ms], nodes: { created: 0, removed: 0, elements: 0 } };
  }
  if (!FIRST) await page.evaluate((count) => window.firstFrame(count), n);
  if (!FIRST) await page.evaluate(() => window.watchNodes());
  if (process.argv.includes('--js')) {
    // The script's own self time per function (a sampling profile of the same steps), instead of the trace.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const frames = FIRST ? [(await page.evaluate((count) => window.firstFrame(count), n)).ms] : await page.evaluate((count, steps) => window[steps](count), CHANGES, steps);
    const { profile: p } = await cdp.send('Profiler.stop');
    const nodes = FIRST ? { created: 0, removed: 0, elements: 0 } : await page.evaluate(() => window.watchNodes());
    const self = new Map();
    const dt = new Map();
    p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
    // --js --total: time with callees (each sample counted once per function on its stack), not self time.
    if (process.argv.includes('--total')) {
      const parent = new Map();
      for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
      const byId = new Map(p.nodes.map((node) => [node.id, node]));
      const nameOf = (f) => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      for (const [id, ms] of dt) {
        const names = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) names.add(nameOf(byId.get(at).callFrame));
        for (const name of names) self.set(name, (self.get(name) ?? 0) + ms * (FIRST ? CHANGES : 1));
      }
      await page.close();
      return { self, frames, nodes };
    }
    for (const node of p.nodes) {
      const f = node.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(name, (self.get(name) ?? 0) + (dt.get(node.id) ?? 0) * (FIRST ? CHANGES : 1));
    }
    await page.close();
    return { self, frames, nodes };
  }
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink', 'v8.execute'] });
  const frames = await page.evaluate((count, steps) => window[steps](count), CHANGES, steps);
  const self = selfTimes(await page.tracing.stop());
  const nodes = await page.evaluate(() => window.watchNodes());
  await page.close();
  return { self, frames, nodes };
}

// --canvas-floor: instead of the table, the main thread per frame of bench/canvas-floor.html (a zoom step's scene
// redrawn on one canvas every frame), unthrottled and with --cpu-throttle's rate (4 unless given): median of runs.
if (process.argv.includes('--canvas-floor')) {
  for (const rate of [1, THROTTLE || 4]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      await page.goto(`http://localhost:${port}/bench/canvas-floor.html`);
      await page.waitForFunction(() => window.ready);
      await page.evaluate(() => window.run(10));
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.tracing.start({ categories: ['toplevel'] });
      await page.evaluate((count) => window.run(count), CHANGES);
      runs.push(mainThreadMs(await page.tracing.stop()) / CHANGES);
      await page.close();
    }
    console.log(`a zoom step's scene redrawn on one canvas, CPU ${rate}× slower: ${median(runs).toFixed(2)} ms of main thread a frame (median of ${RUNS})`);
  }
  await browser.close();
  server.close();
  process.exit(0);
}

if (PROFILE) {
  for (const n of SIZES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await profile(n, THROTTLE));
    const names = new Set(runs.flatMap((r) => [...r.self.keys()]));
    const rows = [...names].map((name) => [name, median(runs.map((r) => (r.self.get(name) ?? 0) / CHANGES))]).sort((a, b) => b[1] - a[1]);
    const frames = runs.flatMap((r) => r.frames);
    console.log(
      `\nvr-timeline at ${n}${THROTTLE ? `, CPU ${THROTTLE}× slower` : ''}: ${FIRST ? 'the first frame' : `${CHANGES} ${steps === 'panChanges' ? 'pan' : 'zoom'} steps`}, median of ${RUNS} runs; frame p50 / p95 ${pct(frames, 0.5).toFixed(1)} / ${pct(frames, 0.95).toFixed(1)} ms`,
    );
    console.log(
      `nodes created / removed per step: ${median(runs.map((r) => r.nodes.created / CHANGES)).toFixed(1)} / ${median(runs.map((r) => r.nodes.removed / CHANGES)).toFixed(1)} (elements: ${median(runs.map((r) => r.nodes.elements / CHANGES)).toFixed(1)})`,
    );
    console.log(`main-thread self time per step: ${rows.reduce((t, [, ms]) => t + ms, 0).toFixed(2)} ms`);
    for (const [name, ms] of rows.filter(([, ms]) => ms >= 0.02).slice(0, Number(process.env.BENCH_ROWS ?? 24))) console.log(`  ${ms.toFixed(2).padStart(6)} ms  ${name}`);
  }
  await browser.close();
  server.close();
  process.exit(0);
}

const results = {};
try {
  for (let run = 0; !REPORT && run < RUNS; run++) {
    for (const n of SIZES) {
      for (const lib of run % 2 === 0 ? LIBS : [...LIBS].reverse()) {
        const key = `${lib}@${n}`;
        (results[key] ??= []).push(await measure(lib, n));
        process.stderr.write(`run ${run + 1}/${RUNS} ${key} done\n`);
      }
    }
    for (const n of THROTTLE ? SIZES : []) {
      for (const lib of (run % 2 === 0 ? LIBS : [...LIBS].reverse()).filter((l) => l !== 'vis' || n < 10000)) {
        const key = `${lib}@${n}x${THROTTLE}`;
        (results[key] ??= []).push(await measure(lib, n, THROTTLE));
        process.stderr.write(`run ${run + 1}/${RUNS} ${key} done\n`);
      }
    }
  }
} finally {
  await browser?.close();
  server.close();
}

/** Medians over runs of each figure; frame percentiles over all frames of all runs. */
function summary(list) {
  const frames = list.flatMap((r) => r.frames);
  const scroll = list.flatMap((r) => r.scroll ?? []);
  return {
    firstFrameMs: median(list.map((r) => r.first)),
    mainThreadPerChangeMs: median(list.map((r) => r.perChange)),
    frameP50Ms: pct(frames, 0.5),
    frameP95Ms: pct(frames, 0.95),
    scrollFrameP95Ms: scroll.length ? pct(scroll, 0.95) : null,
    heapMB: median(list.map((r) => r.heap)),
    domElements: Math.max(...list.map((r) => r.dom)),
    verticalDomElements: list[0].verticalDom ?? null,
  };
}

const TARGETS = {
  1000: { firstFrameMs: 50, mainThreadPerChangeMs: 4, frameP95Ms: 16.7, scrollFrameP95Ms: 16.7, domElements: 1000, verticalDomElements: 1000 },
  10000: { firstFrameMs: 100, mainThreadPerChangeMs: 5, frameP95Ms: 16.7, scrollFrameP95Ms: 16.7, domElements: 1000, verticalDomElements: 1000, heapMB: 8 },
};
const RATIO_TARGET = { 1000: 8, 10000: 50 };
/** Counts with thousands separators (1,000): Intl, as the lint allows no toLocaleString (a local-time API for dates). */
const thousands = new Intl.NumberFormat('en');
const f = (x, unit = ' ms') => (x === null || Number.isNaN(x) ? '—' : unit === '' ? thousands.format(x) : `${x.toFixed(1)}${unit}`);
/** The figures of a table row by row: what it says, its key in summary(), its unit. */
const FIGURES = [
  ['first frame painted', 'firstFrameMs', ' ms'],
  ['main thread per view change', 'mainThreadPerChangeMs', ' ms'],
  ['frame p50 while the view changes', 'frameP50Ms', ' ms'],
  ['frame p95 while the view changes', 'frameP95Ms', ' ms'],
  ['vertical layout: scroll frame p95', 'scrollFrameP95Ms', ' ms'],
  ['JS heap after render', 'heapMB', ' MB'],
  ['DOM elements', 'domElements', ''],
  ['DOM elements, vertical layout', 'verticalDomElements', ''],
];
/** Prints the table of a result (this run's, or bench/latest.json's with --report). */
function report(out) {
  console.log(`\nvr-timeline vs vis-timeline 8.5.4 — ${out.date.slice(0, 10)}, ${out.browser}, ${out.cores} cores, 1200 × 600 px box, median of ${out.runs} runs`);
  console.log(`(vis-timeline at 10,000: ${visChanges(10000)} view changes per run instead of ${CHANGES})\n`);
  console.log('| figure | N | vr-timeline | target | vis-timeline | vis ÷ vr |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [size, { vr, vis }] of Object.entries(out.sizes)) {
    const n = Number(size);
    const t = TARGETS[n] ?? {};
    for (const [what, key, unit] of FIGURES) {
      // A frame of 16.8 ms is a frame on time (rAF timestamps jitter by a few tenths).
      const target = t[key] === undefined ? '' : `${vr[key] > t[key] + (unit === ' ms' ? 0.5 : 0) ? 'MISS' : 'ok'} ≤ ${thousands.format(t[key])}${unit}`;
      const ratio = vis[key] && vr[key] ? `${(vis[key] / vr[key]).toFixed(1)}×` : '';
      console.log(`| ${what} | ${thousands.format(n)} | ${f(vr[key], unit)} | ${target} | ${f(vis[key], unit)} | ${ratio} |`);
    }
    console.log(`ratio target on first frame and main thread per change: ≥ ${RATIO_TARGET[n]}×`);
  }
  if (!out.throttled) return;
  console.log(`\nThe CPU throttled ${out.throttle}× (CDP Emulation.setCPUThrottlingRate), as on a mid-range phone or a school laptop\n`);
  console.log('| figure | N | vr-timeline | target | vis-timeline | vis ÷ vr |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [size, { vr, vis }] of Object.entries(out.throttled)) {
    const n = Number(size);
    const rows = [
      ['first frame painted', 'firstFrameMs', null],
      ['main thread per view change', 'mainThreadPerChangeMs', null],
      ['frame p50 while the view changes', 'frameP50Ms', null],
      ['frame p95 while the view changes', 'frameP95Ms', n < 10000 ? 16.7 : null],
      ['vertical layout: scroll frame p95', 'scrollFrameP95Ms', 16.7],
    ];
    for (const [what, key, goal] of rows) {
      const target = goal === null ? '' : `${vr[key] > goal + 0.5 ? 'MISS' : 'ok'} ≤ ${goal} ms`;
      const ratio = vis?.[key] && vr[key] ? `${(vis[key] / vr[key]).toFixed(1)}×` : '';
      console.log(`| ${what} | ${thousands.format(n)} | ${f(vr[key])} | ${target} | ${f(vis?.[key] ?? null)} | ${ratio} |`);
    }
  }
}

/** --against: dist/'s build beside the other one, figure by figure, with the difference. */
function reportAgainst() {
  console.log(`\ndist/vr-timeline.bundle.js vs ${AGAINST}, same run, interleaved, median of ${RUNS} runs\n`);
  console.log('| figure | N | dist/ | the other | difference |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const cpu of THROTTLE ? ['', `x${THROTTLE}`] : ['']) {
    for (const n of SIZES) {
      const [mine, other] = ['vr', 'against'].map((lib) => summary(results[`${lib}@${n}${cpu}`]));
      for (const [what, key, unit] of FIGURES) {
        const d = mine[key] - other[key];
        const sign = d > 0.05 ? '+' : d < -0.05 ? '−' : '';
        console.log(
          `| ${what}${cpu ? `, CPU ${THROTTLE}× slower` : ''} | ${thousands.format(n)} | ${f(mine[key], unit)} | ${f(other[key], unit)} | ${sign}${f(Math.abs(d), unit)} |`,
        );
      }
    }
  }
}

if (REPORT) {
  report(JSON.parse(readFileSync('bench/latest.json', 'utf8')));
} else if (AGAINST) {
  reportAgainst();
} else {
  const out = { date: new Date().toISOString(), browser: version, runs: RUNS, cores: (await import('node:os')).cpus().length, sizes: {} };
  for (const n of SIZES) out.sizes[n] = { vr: summary(results[`vr@${n}`]), vis: summary(results[`vis@${n}`]) };
  if (THROTTLE) {
    out.throttle = THROTTLE;
    out.throttled = {};
    for (const n of SIZES) {
      const vis = results[`vis@${n}x${THROTTLE}`];
      out.throttled[n] = { vr: summary(results[`vr@${n}x${THROTTLE}`]), vis: vis ? summary(vis) : null };
    }
  }
  writeFileSync('bench/latest.json', `${JSON.stringify(out, null, 2)}\n`);
  report(out);
  console.log('\nwrote bench/latest.json');
}
