// Tests run in the system Chromium (Debian's /usr/bin/chromium), started by a launcher that downloads
// nothing. Unit tests of model, layout, i18n and data run twice, with the browser in
// America/Los_Angeles and in Asia/Tokyo, so a date that slips a day in either zone fails.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { inputCommandsPlugin } from './scripts/input-commands.mjs';
import { reactInBrowserPlugin } from './scripts/react-in-browser.mjs';
import { ssrCommandsPlugin } from './scripts/ssr.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A Chromium whose pages run in the given IANA time zone. */
const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

const unitFiles = ['test/model/**/*.test.ts', 'test/csv/**/*.test.ts', 'test/layout/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/data/**/*.test.ts'];

/**
 * ELEMENT=bundle: the element tests run against the one-file bundle a newsroom loads (dist/vr-timeline.bundle.js,
 * built by terser with its private names shortened), not the source: the test files' `src/define.js` becomes it.
 */
const elementFromBundle = {
  name: 'vr-element-from-bundle',
  resolveImport: ({ source }) => (process.env.ELEMENT === 'bundle' && /\/src\/define\.js$/.test(source) ? '/dist/vr-timeline.bundle.js' : undefined),
};

/** Vue's full build (with the template compiler) for the Vue tests: its npm entry expects a bundler. */
const vueInBrowser = { name: 'vr-vue-in-browser', resolveImport: ({ source }) => (source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined) };

/** The policy a strict news site sends: no inline styles or scripts, Trusted Types required. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves test/csp/ pages with STRICT_CSP, as a news site with a strict policy would. */
function strictCsp(context, next) {
  // ?trusted-types=<names>: the same policy with a Trusted Types allowlist, as the README tells a site to write it.
  const allow = context.query['trusted-types'];
  const names = typeof allow === 'string' && /^[\w-]+( [\w-]+)*$/.test(allow) ? `; trusted-types ${allow}` : '';
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP + names);
  return next();
}

/**
 * CSVs that Excel on Russian Windows writes (reliability review M6), sent as their bytes (the dev server would
 * read a text file as UTF-8): one with its charset declared, one without.
 */
function legacyCharset(context, next) {
  const file = { '/test/fixtures/windows-1251.csv': 'text/csv; charset=windows-1251', '/test/fixtures/windows-1251-undeclared.csv': 'text/csv' }[context.path];
  if (!file) return next();
  context.set('Content-Type', file);
  context.body = readFileSync(`.${context.path}`);
}

/** `?delay=<ms>` holds a response that long (at most 5 s): a bundle that arrives late, as on a slow phone network. */
async function delayed(context, next) {
  const ms = Math.min(5000, Number(context.query.delay) || 0);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  return next();
}

/**
 * `/test/streamed?form=json|ol`: an article streamed in two parts, 1.5 s apart, the first ending inside
 * <vr-timeline>, with the bundle as an async module that runs in between (reliability review M2).
 */
function streamed(context, next) {
  if (context.path !== '/test/streamed') return next();
  const data =
    context.query.form === 'ol'
      ? '<ol><li><time datetime="1950">1950</time>: EDITOR DATA</li></ol>'
      : '<script type="application/json">[{"id":"mine","date":"1950","title":"EDITOR DATA"}]</script>';
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" async src="/dist/vr-timeline.bundle.js"></script></head>
<body><h1>A streamed article</h1><vr-timeline>${' '.repeat(2048)}`;
  context.set('Content-Type', 'text/html; charset=utf-8');
  context.body = Readable.from(
    (async function* () {
      yield head;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      yield `${data}</vr-timeline><p>The article goes on.</p></body></html>`;
    })(),
  );
}

/**
 * `/test/beside-<how>/<file>`: the one-file bundle and its lazy parts from dist/, as if installed elsewhere.
 * `beside-slow`: every file but the bundle answers 800 ms late (a slow phone network); `beside-missing`: only
 * the bundle is there (a copy that left its parts behind).
 */
async function besideBundle(context, next) {
  // `beside-slow-<word>/`: the same, at an address of its own, which no earlier test has put in the browser's cache.
  const [, how, file] = /^\/test\/beside-(slow|missing)(?:-\w+)?\/(vr-timeline\.[\w.]+\.js)$/.exec(context.path) ?? [];
  if (!file) return next();
  const bundle = file === 'vr-timeline.bundle.js';
  if (how === 'missing' && !bundle) return next();
  if (how === 'slow' && !bundle) await new Promise((resolve) => setTimeout(resolve, 800));
  context.set('Content-Type', 'text/javascript; charset=utf-8');
  context.set('Cache-Control', 'no-store');
  context.body = readFileSync(`dist/${file}`);
}

export default {
  middleware: [strictCsp, delayed, legacyCharset, streamed, besideBundle],
  rootDir: '.',
  nodeResolve: { exportConditions: [process.env.MODE === 'dev' ? 'development' : 'production'] },
  plugins: [
    elementFromBundle,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    inputCommandsPlugin(),
    reactInBrowserPlugin({ from: process.env.REACT === '18' ? new URL('./test/react18', import.meta.url).pathname : undefined }),
    ssrCommandsPlugin(),
    vueInBrowser,
  ],
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  groups: [
    { name: 'unit-los-angeles', files: unitFiles, browsers: [chromium('America/Los_Angeles')] },
    { name: 'unit-tokyo', files: unitFiles, browsers: [chromium('Asia/Tokyo')] },
    { name: 'components', files: 'test/components/**/*.test.ts', browsers: [chromium('America/Los_Angeles')] },
    { name: 'bundle', files: 'test/bundle/**/*.test.ts', browsers: [chromium('Asia/Tokyo')] },
    { name: 'react', files: 'test/react/**/*.test.ts', browsers: [chromium('America/Los_Angeles')] },
    { name: 'vue', files: 'test/vue/**/*.test.ts', browsers: [chromium('Asia/Tokyo')] },
    // With ELEMENT=bundle only (npm test runs it after the build): the element tests against the bundle, but
    // those of hydration (the bundle carries its own lit, which no hydrate support can precede; a server render
    // without it, vr-timeline-ssr-plain, is tested here too).
    ...(process.env.ELEMENT === 'bundle'
      ? [{ name: 'element-bundle', files: ['test/components/*.test.ts', '!test/components/vr-timeline-ssr.test.ts'], browsers: [chromium('America/Los_Angeles')] }]
      : []),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter()],
};
