// Makes sure the system Chromium that the tests drive is there. On a fresh Debian machine, as root
// with apt-get, it installs Debian's chromium and fonts-noto-core (Vietnamese and Cyrillic glyphs);
// otherwise it stops with the one command that would. It never downloads a browser build of its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-core';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`Chromium is missing at ${CHROMIUM}. Install it with:\n\n  sudo sh -c '${INSTALL}'\n\n(or set CHROME_PATH to a Chromium or Chrome binary).`);
  process.exit(1);
}
console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium and fonts-noto-core…`);
execFileSync('sh', ['-c', INSTALL], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
