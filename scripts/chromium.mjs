// The system Chromium for the Node-side browser checks (test/node), as TOOLCHAIN.md asks: never a downloaded
// browser, always these flags. Web Test Runner has its own launcher (web-test-runner.config.mjs).
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const launchChromium = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

/** A port nobody listens on now, for a server started with strictPort. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
