import { expect } from '@open-wc/testing';

/**
 * Collects Lit's dev-mode warnings (https://lit.dev/msg/...) so element tests can fail on them. Lit only
 * warns in its development build: npm test runs the element tests once more with MODE=dev for that.
 */
export const litWarnings: string[] = [];

/** The arguments of the console.warn calls a warnCallsOf under way has caught; null when none is. */
let caught: unknown[][] | null = null;

const textOf = (args: unknown[]): string => args.map(String).join(' ');

// Installed once, when the first test file imports this module: tests catch warnings through warnCallsOf and
// warningsOf, never by replacing console.warn, so Lit's warnings are collected while they catch the element's.
const original = console.warn.bind(console);
console.warn = (...args: unknown[]): void => {
  const text = textOf(args);
  if (text.includes('lit.dev/msg/')) {
    // Lit's note that it runs in dev mode is no warning about the element.
    if (!text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
    original(...args);
  } else if (caught) caught.push(args);
  else original(...args);
};

/** Fails each test of the calling file that made Lit warn (call once, at the file's top level). */
export function failOnLitWarnings(): void {
  afterEach(() => {
    const warnings = litWarnings.splice(0);
    expect(warnings, `Lit warned: ${warnings.join('\n')}`).to.deep.equal([]);
  });
}

/**
 * Runs `body` and returns the arguments of each console.warn call it made, kept off the console. Lit's own
 * warnings are not among them: they still go to litWarnings, for failOnLitWarnings.
 */
export async function warnCallsOf(body: () => unknown): Promise<unknown[][]> {
  const outer = caught;
  const calls: unknown[][] = [];
  caught = calls;
  try {
    await body();
  } finally {
    caught = outer;
  }
  outer?.push(...calls);
  return calls;
}

/** Runs `body` and returns what it wrote with console.warn, one string a call (its arguments joined by spaces), as warnCallsOf. */
export async function warningsOf(body: () => unknown): Promise<string[]> {
  return (await warnCallsOf(body)).map(textOf);
}
