export default {
  globs: ['src/components/vr-timeline.ts', 'src/components/events.ts'],
  outdir: 'dist',
  litelement: true,
  dev: false,
};
