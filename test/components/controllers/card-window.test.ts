// CardWindow on its own: which cards of a long vertical list are in the DOM, and the space that stands for the rest.
import { expect } from '@open-wc/testing';
import { CardWindow, VIRTUAL_ABOVE } from '../../../src/components/controllers/card-window.js';
import { fakeHost } from './fake-host.js';

/** A spine of `n` cards, each `gap` px below the one before (before the list is measured, a card counts 76 px). */
const spine = (n: number, gap = 10) => Array.from({ length: n }, () => ({ gap }));
const top = (i: number, gap = 10) => i * gap + i * 76;

describe('CardWindow', () => {
  it('keeps every card of a list up to its limit, and windows a longer one from its first 40 cards', () => {
    const cards = new CardWindow(fakeHost(), () => null);
    expect(cards.view(spine(VIRTUAL_ABOVE), [])).to.equal(null);
    const long = spine(1000);
    expect(cards.view(long, [])).to.deep.equal({ from: 0, to: 40, before: 0, after: top(1000) - top(40), count: 1000 });
  });

  it('moves the window to a card that must be in the DOM (selected, about to take focus), once', () => {
    const cards = new CardWindow(fakeHost(), () => null);
    const long = spine(1000);
    cards.view(long, []);
    expect(cards.view(long, [500, undefined])).to.include({ from: 490, to: 510, before: top(490) });
    // Kept as it was: the window stays where the reader scrolls it (here, nowhere), not pulled back.
    expect(cards.view(long, [500, undefined])).to.include({ from: 490, to: 510 });
    expect(cards.view(long, [500, 900])).to.include({ from: 890, to: 910 });
    // A card already in the window moves nothing.
    expect(cards.view(long, [895, 900])).to.include({ from: 890, to: 910 });
  });

  it('starts again from the top for a new list', () => {
    const cards = new CardWindow(fakeHost(), () => null);
    cards.view(spine(1000), [700]);
    expect(cards.view(spine(2000, 5), [])).to.deep.equal({ from: 0, to: 40, before: 0, after: top(2000, 5) - top(40, 5), count: 2000 });
  });
});
