// Entry of dist/vr-timeline.bundle.js: one self-contained module for a <script type="module">.
// The built-in dataset is not in it: the element fetches the one file of its language that sits beside
// the bundle (dist/vr-timeline.data.<lang>.js, written by scripts/split-data.mjs), and only when the page
// gives no data.
import { VrTimeline } from './components/vr-timeline.js';
import { beside } from './bundle-shims/beside.js';
import type { BuiltInDataLoader } from './components/vr-timeline.js';
import { registerVrTimeline } from './register.js';

// The file name is built from this module's own URL (beside.ts; not `new URL(…, import.meta.url)`, which Vite
// rewrites). `lang` is always 'en', 'vi' or 'ru' here (resolveLang). Each file is `{ milestones, eras }`.
VrTimeline.builtInData ??= (lang) => import(/* @vite-ignore */ beside(`vr-timeline.data.${lang}.js`)).then((m: { default: Awaited<ReturnType<BuiltInDataLoader>> }) => m.default);
registerVrTimeline();

export * from './index.js';
