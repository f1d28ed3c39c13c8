import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, three uses:
 * - `vite` (npm start): serves the stories page from stories/.
 * - `vite build --mode lib`: the npm build; lit and d3 stay imports, one file per entry.
 * - `vite build --mode csv`: dist/vr-timeline.csv.js, the CSV reader the bundle fetches when a CSV arrives.
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
          entry: { index: 'src/index.ts', define: 'src/define.ts', data: 'src/data/index.ts', react: 'src/react.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^react(\/|$)/],
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
      plugins: [
        {
          // The CSV reader is fetched at run time from beside the bundle (dist/vr-timeline.csv.js).
          name: 'vr-csv-reader-beside-the-bundle',
          enforce: 'pre',
          resolveId: (id: string) => (/(^|\/)csv-reader\.js$/.test(id) ? fileURLToPath(new URL('src/bundle-shims/csv-reader.ts', import.meta.url)) : null),
        },
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        // VR_UNMINIFIED=1 vite build --mode bundle: readable function names for a profile (README, Performance).
        minify: !process.env.VR_UNMINIFIED,
        sourcemap: false,
        lib: { entry: { 'vr-timeline.bundle': 'src/bundle.ts' }, formats: ['es'] },
        rolldownOptions: {
          // The build script runs terser over this output once more (see package.json "build").
          output: { minify: !process.env.VR_UNMINIFIED, entryFileNames: '[name].js', inlineDynamicImports: true },
        },
      },
    };
  }
  if (mode === 'csv') {
    // dist/vr-timeline.csv.js: the CSV reader (d3-dsv and the column mapping) on its own, for the bundle to
    // fetch only when a CSV arrives.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { 'vr-timeline.csv': 'src/csv/read-csv.ts' }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, entryFileNames: '[name].js' } },
      },
    };
  }
  return {
    root: 'stories',
    server: { fs: { allow: ['..'] } },
    build: { outDir: '../dist/stories', emptyOutDir: true },
  };
});
