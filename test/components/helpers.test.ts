// The shared test helpers keep the checks of the element tests on while they run.
import { expect } from '@open-wc/testing';
import { failOnLitWarnings, litWarnings, warningsOf } from '../helpers/lit-warnings.js';

failOnLitWarnings();

describe('test helpers', () => {
  it('warningsOf catches the element’s warnings, while Lit’s still reach failOnLitWarnings', async () => {
    // Printed to the browser log, as every Lit warning is.
    const lit = 'A Lit warning made up by the helpers test: https://lit.dev/msg/change-in-update';
    const caught = await warningsOf(() => {
      console.warn('<vr-timeline>:', 'a warning of its own');
      console.warn(lit);
    });
    expect(caught).to.deep.equal(['<vr-timeline>: a warning of its own']);
    // Taken back out, so that this file's failOnLitWarnings passes.
    expect(litWarnings.splice(0)).to.deep.equal([lit]);
  });
});
