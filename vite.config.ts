import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, three uses:
 * - `vite` (npm start): serves the stories page from stories/.
 * - `vite build --mode lib`: the npm build; lit and d3 stay imports, one file per entry.
 * - `vite build --mode bundle`: dist/vr-timeline.bundle.js, one minified self-contained module; the
 *   built-in dataset beside it is written per language by scripts/split-data.mjs.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: { index: 'src/index.ts', define: 'src/define.ts', data: 'src/data/index.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^d3-/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      // Stand-ins for the parts of d3 that scaleUtc imports but the element never uses (see the files).
      resolve: {
        alias: {
          'd3-interpolate': fileURLToPath(new URL('src/bundle-shims/d3-interpolate.ts', import.meta.url)),
          'd3-format': fileURLToPath(new URL('src/bundle-shims/d3-format.ts', import.meta.url)),
          'd3-time-format': fileURLToPath(new URL('src/bundle-shims/d3-format.ts', import.meta.url)),
        },
      },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: { 'vr-timeline.bundle': 'src/bundle.ts' }, formats: ['es'] },
        rolldownOptions: {
          // The build script runs terser over this output once more (see package.json "build").
          output: { minify: true, entryFileNames: '[name].js', inlineDynamicImports: true },
        },
      },
    };
  }
  return {
    root: 'stories',
    server: { fs: { allow: ['..'] } },
    build: { outDir: '../dist/stories', emptyOutDir: true },
  };
});
