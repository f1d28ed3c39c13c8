// Runs Web Test Runner, then prints the counts as the run's last line: "N passed, N failed, N skipped".
// Exits non-zero when a run failed or counted a failure. Arguments go to wtr as they are.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { COUNTS_FILE } from './counts-reporter.mjs';

// With no arguments: every group in Lit's production build, then the element tests again in Lit's
// development build (MODE=dev), where Lit warns about misuse and the tests fail on those warnings, then the
// React wrapper's tests again with React 18 (REACT=18), the oldest React of package.json's peer range, then the
// element tests against the built one-file bundle (ELEMENT=bundle), which terser has minified further.
const args = process.argv.slice(2);
const runs = args.length
  ? [{ args, env: {} }]
  : [
      { args: [], env: {} },
      { args: ['--group', 'components'], env: { MODE: 'dev' }, title: "Element tests again in Lit's development build (MODE=dev)" },
      { args: ['--group', 'react'], env: { REACT: '18' }, title: 'React wrapper tests again with React 18 (REACT=18, from test/react18)' },
      { args: ['--group', 'element-bundle'], env: { ELEMENT: 'bundle' }, title: 'Element tests again against the one-file bundle (ELEMENT=bundle: dist/vr-timeline.bundle.js)' },
    ];

// React 18 lives in a project of its own (test/react18): one node_modules cannot hold React 18 and 19.
if (runs.some((run) => run.env.REACT) && !existsSync('test/react18/node_modules/react-dom/package.json')) {
  const install = spawnSync('npm', ['ci', '--prefix', 'test/react18', '--no-audit', '--no-fund', '--prefer-offline'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let code = 0;
for (const run of runs) {
  rmSync(COUNTS_FILE, { force: true });
  if (run.title) console.log(`\n${run.title}`);
  const result = spawnSync('npx', ['wtr', ...run.args], { stdio: 'inherit', env: { ...process.env, ...run.env } });
  const counts = existsSync(COUNTS_FILE) ? JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  if ((result.status ?? 1) !== 0) code = result.status ?? 1;
}
// With no arguments, the Node tests too (test/node: checks that need Node, such as the JSON Schema with ajv).
if (!args.length) {
  console.log('\nNode tests (test/node)');
  const node = spawnSync(process.execPath, ['--test', 'test/node/'], { encoding: 'utf8' });
  process.stdout.write(node.stdout);
  process.stderr.write(node.stderr);
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.stdout)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + (node.status !== 0 && count('fail') === 0 ? 1 : 0);
  totals.skipped += count('skipped');
  if (node.status !== 0) code = node.status ?? 1;
}
// With no arguments, the package as a user installs it (scripts/check-package.mjs): publint, attw, the tarball in a
// new project, its TypeScript, React and Preact consumers type-checked, every entry imported by Node.
if (!args.length) {
  console.log('\nThe package as installed (scripts/check-package.mjs)');
  const pack = spawnSync(process.execPath, ['scripts/check-package.mjs'], { encoding: 'utf8' });
  process.stdout.write(pack.stdout.replace(/^(\d+) passed, (\d+) failed/m, 'package checks: $1 passed, $2 failed'));
  process.stderr.write(pack.stderr);
  const counts = /(\d+) passed, (\d+) failed/.exec(pack.stdout);
  totals.passed += Number(counts?.[1] ?? 0);
  totals.failed += Number(counts?.[2] ?? 0) + (pack.status !== 0 && !Number(counts?.[2]) ? 1 : 0);
  if (pack.status !== 0) code = pack.status ?? 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(code !== 0 ? code : totals.failed > 0 ? 1 : 0);
