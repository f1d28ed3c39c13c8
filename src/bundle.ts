// Entry of dist/vr-timeline.bundle.js: one self-contained module for a <script type="module">.
// The built-in dataset is a separate chunk beside it, requested only when no data is given.
export * from './index.js';
import './define.js';
