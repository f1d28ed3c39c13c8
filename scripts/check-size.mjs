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
  ...['en', 'vi', 'ru'].map((lang) => ({ file: `dist/vr-timeline.data.${lang}.js`, budget: 16 * KB, what: `built-in dataset, ${lang}` })),
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
// A page loads the element and the dataset of one language: count the largest.
const total = sizes[0] + Math.max(...sizes.slice(2));
const pageBudget = 50 * KB; // BUDGETS.md: 46 KB; see the dataset's budget above
failed ||= total > pageBudget;
console.log(`${total <= pageBudget ? 'ok  ' : 'OVER'} everything the bare tag loads (element + largest language): ${(total / KB).toFixed(1)} KB, budget ${pageBudget / KB} KB`);
if (failed) {
  console.error('A byte budget is exceeded (see shared/BUDGETS.md).');
  process.exit(1);
}
