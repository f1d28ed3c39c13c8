// Runs Web Test Runner, then prints the counts as the run's last line: "N passed, N failed, N skipped".
// Exits with Web Test Runner's code (and 1 if it counted a failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { COUNTS_FILE } from './counts-reporter.mjs';

rmSync(COUNTS_FILE, { force: true });
const run = spawnSync('npx', ['wtr', ...process.argv.slice(2)], { stdio: 'inherit' });
const counts = existsSync(COUNTS_FILE) ? JSON.parse(readFileSync(COUNTS_FILE, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
const code = run.status ?? 1;
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(code !== 0 ? code : counts.failed > 0 ? 1 : 0);
