import { expect } from '@open-wc/testing';

/**
 * Collects Lit's dev-mode warnings (https://lit.dev/msg/...) so element tests can fail on them. Lit only
 * warns in its development build: npm test runs the element tests once more with MODE=dev for that.
 */
export const litWarnings: string[] = [];

const original = console.warn.bind(console);
console.warn = (...args: unknown[]): void => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) litWarnings.push(text);
  original(...args);
};

/** Fails each test of the calling file that made Lit warn (call once, at the file's top level). */
export function failOnLitWarnings(): void {
  afterEach(() => {
    const warnings = litWarnings.splice(0);
    expect(warnings, `Lit warned: ${warnings.join('\n')}`).to.deep.equal([]);
  });
}
