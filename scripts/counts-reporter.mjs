// A Web Test Runner reporter that counts tests and writes the counts to COUNTS_FILE, so that
// scripts/run-tests.mjs can end the run with one plain line, "N passed, N failed, N skipped", after
// everything Web Test Runner prints. A test file that failed to load or run counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const COUNTS_FILE = 'node_modules/.cache/vr-timeline/test-counts.json';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countsReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors?.length || (!session.passed && !session.testResults)) totals.failed++;
      }
    },
    stop() {
      mkdirSync(dirname(COUNTS_FILE), { recursive: true });
      writeFileSync(COUNTS_FILE, JSON.stringify(totals));
    },
  };
}
