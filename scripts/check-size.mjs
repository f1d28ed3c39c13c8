// Checks the byte budgets of shared/BUDGETS.md on the built files (minified, then gzip -9).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The stricter reading of BUDGETS.md's "KB": 1,000 bytes.
const KB = 1000;
const budgets = [
  { file: 'dist/vr-timeline.bundle.js', budget: 34 * KB, what: 'element bundle, without the dataset' },
  { file: 'dist/vr-timeline.csv.js', budget: 4 * KB, what: 'CSV reader, loaded only when a CSV arrives' },
  // 16 KB, not BUDGETS.md's 12 KB (issue 19, December 2026): the issue asks for the missing chapters (50
  // milestones, not "about 40"), sources every newsroom can link and six corrected facts; the Russian file is
  // 15.2 KB (Cyrillic is two bytes a letter), the English 12.1 KB. The issue allows the raise with a reason; the
  // product owner confirms the figure in BUDGETS.md. The page total below moves by the same 4 KB.
  // The bundle's other lazy parts (BUDGETS.md: "a feature chunk loaded on first use", 6 KB each; ours are smaller,
  // and budgeted near their size so that growth is a decision). The eras' code loads with the built-in data (it has
  // eras), so it counts in the page total below; the list reader and the long list's window load only for their data.
  { file: 'dist/vr-timeline.eras.js', budget: 2.5 * KB, what: 'eras, loaded when the data has eras (the built-in data has)' },
  { file: 'dist/vr-timeline.table.js', budget: 6 * KB, what: 'table, search and download, loaded when a reader opens the table or searches' },
  { file: 'dist/vr-timeline.hash.js', budget: 1 * KB, what: 'hash-sync, loaded for an element with the attribute' },
  { file: 'dist/vr-timeline.follow.js', budget: 1 * KB, what: 'follow, loaded for an element with the attribute' },
  { file: 'dist/vr-timeline.media.js', budget: 3 * KB, what: "audio, video and the hosts' players, loaded when a detail with such media opens" },
  { file: 'dist/vr-timeline.play.js', budget: 1 * KB, what: 'the guided tour, loaded when a tour first starts' },
  { file: 'dist/vr-timeline.list.js', budget: 1 * KB, what: 'fallback-list reader, loaded when the element has an <ol>' },
  { file: 'dist/vr-timeline.cards.js', budget: 1.5 * KB, what: 'window of a long list on the spine, loaded with more than 300 cards' },
  ...['en', 'vi', 'ru'].map((lang) => ({ file: `dist/vr-timeline.data.${lang}.js`, budget: 16 * KB, what: `built-in dataset, ${lang}` })),
  // Vietnamese and Russian (UI strings, date styles), loaded when an element first speaks them; English is in the bundle.
  ...['vi', 'ru'].map((lang) => ({ file: `dist/vr-timeline.lang.${lang}.js`, budget: 1.5 * KB, what: `UI language, ${lang}` })),
];
let failed = false;
const sizes = [];
for (const { file, budget, what } of budgets) {
  const bytes = gzipSync(readFileSync(file), { level: 9 }).length;
  sizes.push(bytes);
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file} (${what}): ${(bytes / KB).toFixed(1)} KB gzip -9, budget ${budget / KB} KB`);
}
// A page loads the element, the eras' code, and the dataset and UI strings of one language: count the largest.
const size = (file) => sizes[budgets.findIndex((b) => b.file === file)] ?? 0;
const total =
  size('dist/vr-timeline.bundle.js') +
  size('dist/vr-timeline.eras.js') +
  Math.max(...['en', 'vi', 'ru'].map((lang) => size(`dist/vr-timeline.data.${lang}.js`) + size(`dist/vr-timeline.lang.${lang}.js`)));
// BUDGETS.md: 46 KB. 50 KB with the dataset's raise above (issue 19); 52 KB since the built-in data has eras (issue
// 20 asks for them, and they reach every bare tag): their code is 2.2 KB; 53 KB since every element writes its
// JSON-LD for search engines (issue 20 again): 0.6 KB in the bundle. Vietnamese and Russian left the bundle for
// files of their own (0.7 and 1.1 KB), so an English page loads 1.1 KB less than before. Back to 52 KB (issue 22):
// the bundle's stand-in for d3-scale saved 1.3 KB, which paid for the JSON-LD and the pooled markers. The product
// owner confirms the figure.
const pageBudget = 52 * KB;
failed ||= total > pageBudget;
console.log(
  `${total <= pageBudget ? 'ok  ' : 'OVER'} everything the bare tag loads (element + eras + largest language's data and strings): ${(total / KB).toFixed(1)} KB, budget ${pageBudget / KB} KB`,
);
// The bundle's first line is V8's compile hint (scripts/minify-bundle.mjs); a banner put before it would void it.
const hinted = readFileSync('dist/vr-timeline.bundle.js', 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
console.log(`${hinted ? 'ok  ' : 'FAIL'} dist/vr-timeline.bundle.js begins with //# allFunctionsCalledOnLoad (compiled while it streams in)`);
if (!hinted) process.exit(1);
if (failed) {
  console.error('A byte budget is exceeded (see shared/BUDGETS.md).');
  process.exit(1);
}
