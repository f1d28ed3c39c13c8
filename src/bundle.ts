// Entry of dist/vr-timeline.bundle.js: one self-contained module for a <script type="module">.
// The built-in dataset is not in it: the element fetches the one file of its language that sits beside
// the bundle (dist/vr-timeline.data.<lang>.js, written by scripts/split-data.mjs), and only when the page
// gives no data.
import { VrTimeline } from './components/vr-timeline.js';
import { beside } from './bundle-shims/beside.js';
import { loadLanguage } from './bundle-shims/languages.js';
import type { BuiltInDataLoader } from './components/vr-timeline.js';
import { registerVrTimeline } from './register.js';

// The file name is built from this module's own URL (beside.ts; not `new URL(…, import.meta.url)`, which Vite
// rewrites). `lang` is always 'en', 'vi' or 'ru' here (resolveLang). Each file is `{ milestones, eras }`. The
// language's own strings load beside it, at the same time: the data shows once both are at hand.
VrTimeline.builtInData ??= (lang) =>
  Promise.all([
    import(/* @vite-ignore */ beside(`vr-timeline.data.${lang}.js`)) as Promise<{ default: Awaited<ReturnType<BuiltInDataLoader>> }>,
    loadLanguage(lang).catch(() => {}),
  ]).then(([m]) => m.default);
registerVrTimeline();

export * from './index.js';
