// The npm build's built-in data loader (vite.config.ts, lib mode, in place of src/data/load.ts): the dataset
// file of one language, written beside dist/define.js by scripts/split-data.mjs, as the bundle does. Literal
// specifiers, so an app's bundler (Vite, webpack, esbuild) emits each language as its own lazy chunk and a
// page loads only the one it shows.
import type { BuiltInDataLoader } from '../components/vr-timeline.js';
import type { Era, Milestone } from '../model/milestone.js';

type DataFile = Promise<{ default: { milestones: Milestone[]; eras: Era[] } }>;

export const loadVietnamRussiaMilestones: BuiltInDataLoader = (lang) =>
  (lang === 'vi'
    ? (import('./vr-timeline.data.vi.js') as DataFile)
    : lang === 'ru'
      ? (import('./vr-timeline.data.ru.js') as DataFile)
      : (import('./vr-timeline.data.en.js') as DataFile)
  ).then((m) => m.default);
