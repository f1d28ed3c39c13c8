import { expect } from '@open-wc/testing';
import { nextIndex } from '../../src/layout/navigation.js';

describe('nextIndex', () => {
  it('nextIndex moves by one with the arrows and stops at the ends', () => {
    expect(nextIndex(2, 'ArrowRight', 5)).to.equal(3);
    expect(nextIndex(4, 'ArrowRight', 5)).to.equal(4);
    expect(nextIndex(0, 'ArrowLeft', 5)).to.equal(0);
  });

  it('nextIndex jumps with Home and End, and ignores other keys', () => {
    expect(nextIndex(2, 'Home', 5)).to.equal(0);
    expect(nextIndex(2, 'End', 5)).to.equal(4);
    expect(nextIndex(2, 'a', 5)).to.equal(null);
    expect(nextIndex(0, 'End', 0)).to.equal(null);
  });

  it('nextIndex uses ↑/↓ when vertical', () => {
    expect(nextIndex(2, 'ArrowDown', 5, 'vertical')).to.equal(3);
    expect(nextIndex(2, 'ArrowRight', 5, 'vertical')).to.equal(null);
  });
});
