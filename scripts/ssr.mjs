// Renders <vr-timeline> in Node with @lit-labs/ssr, as a server would: for the SSR tests (test/node), the
// hydration test's pages (the `vr-ssr-render` command of Web Test Runner) and the stories page's
// "JavaScript off" page (scripts/ssr-page.mjs).
//
// `from: 'dist'` imports the npm build (dist/define.js, dist/data.js: what a server installs);
// `from: 'src'` compiles the sources first (esbuild, the compiler the element tests use), so a test of the
// sources needs no build and never sees a stale one.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';

const root = fileURLToPath(new URL('..', import.meta.url));
const loaded = new Map();

/** The element module for the server (it registers <vr-timeline>), the built-in dataset and its eras, and toJsonLd(). Loaded once per process. */
export function loadServerElement(from = 'src') {
  if (!loaded.has(from)) loaded.set(from, from === 'dist' ? loadDist() : loadSrc());
  const other = loaded.has(from === 'dist' ? 'src' : 'dist');
  // Both would define <vr-timeline> in the one registry of this process: the first one wins.
  if (other) throw new Error(`scripts/ssr.mjs: render from one of 'src' and 'dist' per process, not both.`);
  return loaded.get(from);
}

async function loadDist() {
  await import(pathToFileURL(`${root}dist/define.js`).href);
  const [data, model] = await Promise.all([import(pathToFileURL(`${root}dist/data.js`).href), import(pathToFileURL(`${root}dist/model.js`).href)]);
  return { ...data, toJsonLd: model.toJsonLd };
}

async function loadSrc() {
  const { build } = await import('esbuild');
  // Written inside the repository, so that `lit` and d3 resolve from its node_modules: the element and
  // @lit-labs/ssr must share one copy of lit.
  const dir = `${root}node_modules/.cache/vr-timeline-ssr`;
  const file = `${dir}/server-${randomUUID()}.mjs`;
  mkdirSync(dir, { recursive: true });
  const result = await build({
    stdin: {
      contents: "import './src/define.ts';\nexport { vietnamRussiaEras, vietnamRussiaMilestones } from './src/data/index.ts';\nexport { toJsonLd } from './src/model/index.ts';\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'ssr-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: `${root}tsconfig.json`,
    write: false,
    logLevel: 'silent',
  });
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * renderTimeline({ milestones, eras, lang, orientation, theme, selected, label, from }) → the HTML a server sends
 * for `<vr-timeline>` with these attributes, `milestones` (leave it out for none) and `eras`: the element with its
 * declarative shadow root.
 */
export async function renderTimeline({ milestones, eras, lang, orientation, theme, selected, label, from = 'src' } = {}) {
  await loadServerElement(from);
  const a = (value) => value ?? nothing;
  const template =
    milestones === undefined
      ? html`<vr-timeline lang=${a(lang)} orientation=${a(orientation)} theme=${a(theme)} selected=${a(selected)} label=${a(label)}></vr-timeline>`
      : html`<vr-timeline .milestones=${milestones} .eras=${eras} lang=${a(lang)} orientation=${a(orientation)} theme=${a(theme)} selected=${a(selected)} label=${a(label)}></vr-timeline>`;
  return collectResult(render(template));
}

/** A Web Test Runner plugin: the command `vr-ssr-render` answers renderTimeline(payload) from the sources. */
export function ssrCommandsPlugin() {
  return {
    name: 'vr-ssr-commands',
    async executeCommand({ command, payload }) {
      if (command !== 'vr-ssr-render') return undefined;
      return renderTimeline({ ...payload, from: 'src' });
    },
  };
}
