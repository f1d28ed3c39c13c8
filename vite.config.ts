import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

/**
 * One config, three uses:
 * - `vite` (npm start): serves the stories page from stories/; `vite build` (npm run build:stories) builds
 *   it as a static site in dist/stories.
 * - `vite build --mode lib`: the npm build; lit and d3 stay imports, one file per entry.
 * - `vite build --mode csv` (`eras`, `list`): dist/vr-timeline.csv.js, the CSV reader the bundle fetches when a
 *   CSV arrives (the eras' code when data has eras, the fallback list's reader when the element has one).
 * - `vite build --mode bundle`: dist/vr-timeline.bundle.js, one minified self-contained module; the
 *   built-in dataset beside it is written per language by scripts/split-data.mjs.
 */
export default defineConfig(({ mode, command }): UserConfig => {
  if (mode === 'lib') {
    return {
      plugins: [
        minifiedStyles(),
        minifiedTemplates(),
        {
          // define.js and react.js load the dataset file of one language (in dist/), not all three.
          name: 'vr-data-per-language',
          enforce: 'pre',
          resolveId: (id: string, importer?: string) => {
            if (/\/data\/load\.js$/.test(id) && /(define|react)\.ts$/.test(importer ?? '')) return fileURLToPath(new URL('src/bundle-shims/load-data.ts', import.meta.url));
            const file = /^\.\/(vr-timeline\.data\.(en|vi|ru)\.js)$/.exec(id);
            // An absolute id rendered relative to whichever chunk imports it (dist/ or dist/chunks/).
            return file ? { id: fileURLToPath(new URL(`dist/${file[1]}`, import.meta.url)), external: 'relative' } : null;
          },
        },
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: { index: 'src/index.ts', define: 'src/define.ts', data: 'src/data/index.ts', model: 'src/model/index.ts', react: 'src/react.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          // @lit/react (1 KB) goes into react.js: as a dependency it would install its peer @types/react for everyone.
          external: [/^lit(\/|$)/, /^@lit\/(?!react)/, /^d3-/, /^react(\/|$)/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      // A stand-in for d3-scale's linear scale, the one part of it the element uses (see the file).
      resolve: {
        alias: {
          'd3-scale': fileURLToPath(new URL('src/bundle-shims/d3-scale.ts', import.meta.url)),
        },
      },
      plugins: [
        minifiedStyles(),
        minifiedTemplates(),
        pureD3Time(),
        {
          // The lazy parts are fetched at run time from beside the bundle (dist/vr-timeline.<part>.js, built
          // below): the CSV reader when a CSV arrives, the eras' code when data has eras, the fallback list's reader,
          // Vietnamese and Russian on first use.
          name: 'vr-lazy-parts-beside-the-bundle',
          enforce: 'pre',
          resolveId: (id: string) => {
            const shim = /\/(languages|csv-reader|era-parts|table-parts|list-reader-loader|card-window-loader|hash-sync-loader|follow-loader|tour-loader|media-parts)\.js$/
              .exec(id)?.[1]
              ?.replace('-loader', '');
            return shim ? fileURLToPath(new URL(`src/bundle-shims/${shim}.ts`, import.meta.url)) : null;
          },
        },
        {
          // No page can hydrate a server render under the bundle's own lit: a stand-in that renders afresh.
          name: 'vr-hydration-in-the-bundle',
          enforce: 'pre',
          resolveId: (id: string) => (/\/controllers\/hydration\.js$/.test(id) ? fileURLToPath(new URL('src/bundle-shims/hydration.ts', import.meta.url)) : null),
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
  const lazyParts: Record<string, string> = {
    // The CSV reader (d3-dsv and the column mapping), fetched only when a CSV arrives.
    csv: 'src/csv/read-csv.ts',
    // The eras' code (their check, bands and headings), fetched only when data has eras. It imports no lit: the
    // element lends it lit's html.
    eras: 'src/components/templates/eras.ts',
    // The fallback list's reader, fetched only when the element has an <ol> child.
    list: 'src/components/list-reader.ts',
    // The table view, its search and download (with the long table's window), fetched on first use.
    table: 'src/components/templates/table.ts',
    // The article's paragraphs select their milestones, fetched only for an element with follow.
    follow: 'src/components/controllers/follow.ts',
    // Audio, video and the hosts' players (facades first), fetched when a detail with such media first opens.
    media: 'src/components/templates/media.ts',
    // The guided tour (play()), fetched when a tour first starts.
    play: 'src/components/controllers/tour.ts',
    // Selection ↔ location.hash, fetched only for an element with hash-sync.
    hash: 'src/components/controllers/hash-sync.ts',
    // The window of a long list on the spine (CardWindow), fetched with the first list of more than 300 cards.
    cards: 'src/components/controllers/card-window.ts',
    // Vietnamese and Russian (UI strings and date styles), fetched when an element first speaks the language.
    'lang.vi': 'src/i18n/vi.ts',
    'lang.ru': 'src/i18n/ru.ts',
  };
  if (mode in lazyParts) {
    // dist/vr-timeline.<mode>.js: one of the bundle's lazy parts, built on its own.
    return {
      plugins: [minifiedTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: { [`vr-timeline.${mode}`]: lazyParts[mode]! }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, entryFileNames: '[name].js' } },
      },
    };
  }
  // The stories page (npm start) and, built, the static stories site (npm run build:stories → dist/stories).
  const page = (name: string) => fileURLToPath(new URL(`stories/${name}`, import.meta.url));
  return {
    root: 'stories',
    // Relative asset addresses: the built site works from any folder of any static host.
    base: './',
    server: { fs: { allow: ['..'] } },
    plugins: [customElementsManifest(command === 'build')],
    build: {
      outDir: '../dist/stories',
      emptyOutDir: true,
      rolldownOptions: { input: { index: page('index.html'), article: page('article.html'), 'no-js': page('no-js.html'), follow: page('follow.html') } },
    },
  };
});

/**
 * d3-time builds every interval at load, local time and UTC alike, in calls a bundler must keep. The bundle
 * uses the UTC ones only: marking the builders pure lets the unused local-time intervals and ranges go
 * (about 0.5 KB gzip). Each pattern must match, so a d3-time release that changes the file fails the build.
 */
function pureD3Time(): Plugin {
  const rules: [RegExp, (...m: string[]) => string, number][] = [
    // `year.every = …` after the interval is built becomes part of building it, so it can go too.
    [
      /^const (\w+) = timeInterval\(([\s\S]*?)\n\}\);\n\n\/\/ An optimized implementation for this simple case\.\n\1\.every = (\(k\) => \{\n[\s\S]*?\n\});\n/gm,
      (_, name, body, every) => `const ${name} = /* @__PURE__ */ Object.assign(/* @__PURE__ */ timeInterval(${body}\n}), { every: ${every} });\n`,
      3,
    ],
    [/^const (\w+) = (timeInterval|timeWeekday|utcWeekday)\(/gm, (_, name, f) => `const ${name} = /* @__PURE__ */ ${f}(`, 24],
    [/^const (\w+) = (\w+)\.range;$/gm, (_, name, of) => `const ${name} = /* @__PURE__ */ (() => ${of}.range)();`, 27],
    [
      /^const \[(\w+), (\w+)\] = (ticker\(.*\));$/gm,
      (_, ticks, interval, call) =>
        `const ${ticks}$ = /* @__PURE__ */ ${call}, ${ticks} = /* @__PURE__ */ (() => ${ticks}$[0])(), ${interval} = /* @__PURE__ */ (() => ${ticks}$[1])();`,
      2,
    ],
  ];
  return {
    name: 'vr-pure-d3-time',
    transform(code, id) {
      // d3-array's bisectCenter, which nothing here uses, is built at load too.
      if (/\/d3-array\/src\/bisect\.js$/.test(id)) return code.replace('= bisector(number).center', '= /* @__PURE__ */ (() => bisector(number).center)()');
      if (!/\/d3-time\/dist\/d3-time\.mjs$/.test(id)) return null;
      for (const [pattern, replace, count] of rules) {
        const found = code.match(pattern)?.length ?? 0;
        if (found !== count) throw new Error(`vr-pure-d3-time: ${pattern} matched ${found} times in ${id}, expected ${count}`);
        code = code.replace(pattern, replace);
      }
      return code;
    },
  };
}

/**
 * The element's stylesheets (src/components/styles/) without their comments and layout whitespace, in the
 * bundle and the npm build: no minifier touches CSS inside a css`` literal, and the indentation cost about
 * 0.6 KB gzip. Quoted strings and the `${…}` parts are kept as they are; a space is kept wherever CSS reads it
 * (between words, around `+` and `-` in calc()), and dropped only around `{ } ; , >` and after `:`.
 */
function minifiedStyles(): Plugin {
  const minify = (text: string): string =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,>]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}'),
      )
      .join('');
  return {
    name: 'vr-minified-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/components\/styles\/[^/]+\.ts$/.test(id)) return null;
      return code.replace(
        /css`([^`]*)`/g,
        (_, body: string) =>
          `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 ? part : minify(part)))
            .join('')}\``,
      );
    },
  };
}

/**
 * The element's html`` templates without the line breaks and indentation between their attributes and tags
 * (about 50 bytes gzip in the bundle): each run of white space with a line break in it becomes one space, which
 * HTML reads the same way (no template holds a <pre> or <textarea>). Found with TypeScript's parser, so the
 * `${…}` parts, nested templates included, are never touched.
 */
function minifiedTemplates(): Plugin {
  return {
    name: 'vr-minified-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/components\/.+\.ts$/.test(id) || !code.includes('html`')) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const parts: ts.Node[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
          const { template } = node;
          parts.push(...(ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)]));
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      // From the end, so the positions of the parts before stay right.
      for (const part of parts.sort((a, b) => b.getStart(file) - a.getStart(file))) {
        const [start, end] = [part.getStart(file), part.getEnd()];
        code = code.slice(0, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, ' ') + code.slice(end);
      }
      return code;
    },
  };
}

/**
 * `import manifest from 'virtual:vr-custom-elements'`: dist/custom-elements.json (npm run analyze), read
 * when the page asks for it, so the stories page lists the element's API as the manifest has it now. The dev
 * server gives `null` while the file does not exist yet (a fresh clone before its first build: the page says
 * which command makes it); a build fails instead, so the stories site never ships without its API list.
 */
function customElementsManifest(required: boolean): Plugin {
  const id = 'virtual:vr-custom-elements';
  const file = fileURLToPath(new URL('dist/custom-elements.json', import.meta.url));
  return {
    name: 'vr-custom-elements-manifest',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      if (existsSync(file)) {
        this.addWatchFile(file);
        return `export default ${readFileSync(file, 'utf8')};`;
      }
      if (required) this.error(`${file} is missing: run \`npm run analyze\` before building the stories site.`);
      return 'export default null;';
    },
    configureServer(server) {
      // A manifest written while the dev server runs (npm run analyze) reloads the page with it.
      server.watcher.add(file);
      const reload = (changed: string) => {
        if (changed !== file) return;
        const module = server.moduleGraph.getModuleById(`\0${id}`);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('change', reload);
    },
  };
}
