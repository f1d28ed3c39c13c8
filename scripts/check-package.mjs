// Checks the package as npm users get it (issue 10): `npm pack`, publint and attw on the tarball, then a
// throwaway project that installs the tarball and type-checks the consumers in test/consumers/ with this
// repo's tsc, under moduleResolution "bundler" and "nodenext". Each consumer holds `// @ts-expect-error`
// lines for wrong types, so a type that stops catching a mistake fails the check as surely as one that
// rejects correct code. Last, Node imports every JavaScript entry from the installed copy.
//
// Run `npm run build` first (this script reads dist/). Usage: node scripts/check-package.mjs [--keep]
// (--keep leaves the temporary directory for a look). Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const bin = (name) => join(repo, 'node_modules', '.bin', name);
const keep = process.argv.includes('--keep');
const started = Date.now();

/** The consumers and what each one needs besides vr-timeline. */
const consumers = [
  { file: 'plain.ts', needs: [] },
  { file: 'bundle.ts', needs: [] },
  { file: 'react-wrapper.tsx', needs: ['react'] },
  { file: 'react-element.tsx', needs: ['react'] },
  { file: 'preact-element.tsx', needs: ['preact'] },
];

/** The Vue consumer: a single-file component and the typing the README gives, checked by vue-tsc. */
const VUE_FILES = ['vue-app.vue', 'vr-timeline-vue.d.ts'];

/** run(cmd, args, cwd) resolves to { code, output } (stdout and stderr together); never rejects. */
function run(cmd, args, cwd = repo) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ code: 1, output: output + String(error) }));
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

const results = [];
function report(name, ok, output = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}`);
  if (!ok && output.trim()) console.log(output.trim().replace(/^/gm, '      '));
}

/** The version of a package installed in this repo (from its lockfile), so the temporary project gets the same. */
function lockedVersion(name) {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
  return lock.packages[`node_modules/${name}`].version;
}

if (!existsSync(join(repo, 'dist/index.js')) || !existsSync(join(repo, 'dist/types/index.d.ts'))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'vr-timeline-package-'));
try {
  // 1. The tarball, as `npm publish` would upload it.
  const pack = await run('npm', ['pack', '--pack-destination', work, '--silent']);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  report('npm pack', pack.code === 0 && tarball !== undefined, pack.output);
  if (!tarball) throw new Error('no tarball');
  const tgz = join(work, tarball);

  // 2. In parallel: publint and attw on the tarball, and the install of the tarball into a new project.
  // attw's "esm-only" profile: the package is ESM only by design ("type": "module", no require condition), so
  // node10 and node16-from-CommonJS resolution are left out; "node16 (from ESM)" and "bundler" must be clean.
  const project = join(work, 'consumer');
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'vr-timeline-consumer',
        private: true,
        type: 'module',
        dependencies: {
          'vr-timeline': `file:../${tarball}`,
          react: lockedVersion('react'),
          '@types/react': lockedVersion('@types/react'),
          preact: lockedVersion('preact'),
          vue: lockedVersion('vue'),
        },
      },
      null,
      2,
    ),
  );
  // A second project installs the tarball alone, as a site without React does: it must get no React and no
  // React typings (a dependency's non-optional peer dependency would bring them).
  const alone = join(work, 'alone');
  mkdirSync(alone);
  writeFileSync(join(alone, 'package.json'), JSON.stringify({ name: 'vr-timeline-alone', private: true, type: 'module', dependencies: { 'vr-timeline': `file:../${tarball}` } }));
  const npmInstall = (cwd) => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], cwd);
  const [publint, attw, install, installAlone] = await Promise.all([
    run(bin('publint'), ['run', tgz, '--strict']),
    run(bin('attw'), [tgz, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'table-flipped', '--no-emoji']),
    npmInstall(project),
    npmInstall(alone),
  ]);
  report('publint --strict (tarball)', publint.code === 0 && /All good/.test(publint.output), publint.output);
  report('attw --profile esm-only (tarball)', attw.code === 0, attw.output);
  report(`npm install ${tarball} into a new project`, install.code === 0, install.output);
  if (install.code !== 0) throw new Error('install failed');
  const extra = ['react', 'react-dom', '@types/react', 'csstype', 'preact'].filter((name) => existsSync(join(alone, 'node_modules', name)));
  report(
    `installed alone, it brings no React and no React typings${extra.length ? `: found ${extra.join(', ')}` : ''}`,
    installAlone.code === 0 && !extra.length,
    installAlone.output,
  );

  // 3. Type-check each consumer on its own, as its own project would, once per module resolution, with
  // skipLibCheck as most projects have it. A consumer that needs no framework must not pull React's or
  // Preact's types into its program (--listFiles). Then all consumers once more in one program without
  // skipLibCheck, so an error inside our .d.ts files (a broken augmentation, a missing import) fails too.
  for (const file of [...consumers.map(({ file }) => file), ...VUE_FILES]) copyFileSync(join(repo, 'test/consumers', file), join(project, 'src', file));
  const base = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, exactOptionalPropertyTypes: true, noEmit: true, types: [] };
  const checks = [];
  const tsconfig = (name, compilerOptions, files) => {
    const config = join(project, `tsconfig.${name}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files: files.map((file) => `src/${file}`) }, null, 2));
    return config;
  };
  for (const [moduleResolution, module] of [
    ['bundler', 'ESNext'],
    ['nodenext', 'NodeNext'],
  ]) {
    for (const { file, needs } of consumers) {
      const jsx = needs.length ? { jsx: 'react-jsx' } : {};
      const config = tsconfig(`${moduleResolution}.${file.replace(/\.tsx?$/, '')}`, { module, moduleResolution, skipLibCheck: true, ...jsx }, [file]);
      checks.push({ name: `tsc ${file} (${moduleResolution})`, config, frameworkFree: needs.length === 0 });
    }
  }
  const all = consumers.map(({ file }) => file);
  checks.push({
    name: 'tsc all consumers together, without skipLibCheck (our .d.ts files are checked too)',
    config: tsconfig('lib-check', { module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', skipLibCheck: false, skipDefaultLibCheck: true }, all),
  });
  const tsc = join(repo, 'node_modules/typescript/bin/tsc');
  // Two at a time: the machines have two cores.
  for (let i = 0; i < checks.length; i += 2) {
    const batch = checks.slice(i, i + 2);
    const outputs = await Promise.all(batch.map(({ config, frameworkFree }) => run(process.execPath, [tsc, '-p', config, ...(frameworkFree ? ['--listFiles'] : [])], project)));
    batch.forEach(({ name, frameworkFree }, j) => {
      const { code, output } = outputs[j];
      const frameworkFiles = frameworkFree ? output.split('\n').filter((line) => /node_modules\/(react|@types\/react|preact)\//.test(line)) : [];
      const errors = output
        .split('\n')
        .filter((line) => !line.startsWith('/'))
        .join('\n');
      report(
        frameworkFiles.length ? `${name}: loads ${frameworkFiles.map((f) => f.replace(/.*node_modules\//, '')).join(', ')}` : name,
        code === 0 && !frameworkFiles.length,
        errors,
      );
    });
  }
  // Vue: the README's single-file component and its typing, checked by vue-tsc (templates included).
  const vueConfig = join(project, 'tsconfig.vue.json');
  writeFileSync(
    vueConfig,
    JSON.stringify({ compilerOptions: { ...base, module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: true }, include: VUE_FILES.map((file) => `src/${file}`) }, null, 2),
  );
  const vueTsc = await run(process.execPath, [join(repo, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', vueConfig], project);
  report("vue-tsc vue-app.vue with vr-timeline-vue.d.ts (the README's Vue 3 typing, templates included)", vueTsc.code === 0, vueTsc.output);

  const expected = [...consumers.map(({ file }) => file), 'vue-app.vue'].map(
    (file) => (readFileSync(join(repo, 'test/consumers', file), 'utf8').match(/@(ts|vue)-expect-error/g) ?? []).length,
  );
  report(
    `every consumer holds wrong types that must fail (${expected.join(' + ')} expect-error lines)`,
    expected.every((count) => count > 0),
  );

  // 4. Every JavaScript entry loads in Node from the installed copy (the exports map points at real files).
  const smoke = `
    const entries = ['vr-timeline', 'vr-timeline/define', 'vr-timeline/data', 'vr-timeline/react', 'vr-timeline/jsx-react', 'vr-timeline/jsx-preact'];
    for (const entry of entries) await import(entry);
    const { VrTimelineReact } = await import('vr-timeline/react');
    const { normalize } = await import('vr-timeline');
    const { vietnamRussiaMilestones } = await import('vr-timeline/data');
    if (typeof VrTimelineReact !== 'object' || VrTimelineReact.displayName !== 'VrTimelineReact') throw new Error('VrTimelineReact is not a React component');
    if (normalize(vietnamRussiaMilestones).problems.length) throw new Error('the built-in data does not normalize clean');
    if (!customElements.get('vr-timeline')) throw new Error('<vr-timeline> is not registered');
  `;
  const node = await run(process.execPath, ['--input-type=module', '-e', smoke], project);
  report('Node imports every JavaScript entry of the installed package', node.code === 0, node.output);
} catch (error) {
  report(`check stopped: ${error instanceof Error ? error.message : String(error)}`, false);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = results.filter(({ ok }) => !ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
