// The Reader's keyboard map on its own: which key moves focus to which milestone, and which change the view.
import { expect } from '@open-wc/testing';
import { Reader } from '../../../src/components/controllers/reader.js';
import { ViewState } from '../../../src/components/controllers/view-state.js';
import { fitAll, indexTimeline } from '../../../src/layout/index.js';
import type { PlacedMarker, TimelineLayout } from '../../../src/layout/types.js';
import { FIVE } from '../../helpers/milestones.js';
import { fakeHost } from './fake-host.js';

/** A Reader over FIVE, each milestone its own marker across a 1000 px track (or cards, `vertical`), and a button per milestone. */
function keyboard(vertical = false) {
  const host = fakeHost({ selected: null as string | null });
  const index = indexTimeline(FIVE);
  const view = new ViewState(host, () => index.extent);
  const markers = index.items.map((item, i) => ({ key: item.milestone.id, items: [i], lead: i, x: 100 + 200 * i }) as unknown as PlacedMarker); // only what the keys read
  const layout = { window: fitAll(index.extent), width: 1000, ticks: [], markers, laneCount: 1, panned: null } satisfies TimelineLayout;
  const reader = new Reader(host, { index: () => index, layout: () => (vertical ? null : layout), vertical: () => vertical, view, notice: () => '' });
  for (const item of index.items) {
    const button = document.createElement('button');
    button.dataset.key = item.milestone.id;
    host.append(button);
  }
  /** Presses `key` on the milestone `id` (its button): whether the key was taken (default prevented). */
  const press = (id: string, key: string, init: KeyboardEventInit = {}): boolean => {
    const button = host.querySelector<HTMLButtonElement>(`[data-key="${id}"]`)!;
    button.addEventListener('keydown', reader.onListKeydown, { once: true });
    return !button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  };
  return { host, view, reader, press };
}

describe('Reader: keys on a milestone', () => {
  it('→ / ← move to the next / previous milestone in date order, Home / End to the first / last; past the ends focus stays on the end', () => {
    const { reader, press } = keyboard();
    expect(press('b-1950', 'ArrowRight')).to.equal(true);
    expect(reader.held()).to.equal(2);
    press('b-1950', 'ArrowLeft');
    expect(reader.held()).to.equal(0);
    press('b-1950', 'End');
    expect(reader.held()).to.equal(4);
    press('b-1950', 'Home');
    expect(reader.held()).to.equal(0);
    press('a-1923', 'ArrowLeft');
    expect(reader.held(), 'nothing before the first').to.equal(0);
  });

  it('on the vertical list ↓ / ↑ move, and the view keys do nothing', () => {
    const { reader, press, view } = keyboard(true);
    press('c-1980', 'ArrowDown');
    expect(reader.held()).to.equal(3);
    const before = view.current;
    expect(press('c-1980', '+')).to.equal(false);
    expect(view.current).to.deep.equal(before);
  });

  it('+ and − zoom around the focused milestone, 0 shows all, Shift+→ pans a fifth of the view; focus stays', () => {
    const { reader, press, view } = keyboard();
    const all = view.current;
    const span = (w: typeof all) => w.end - w.start;
    expect(press('c-1980', '+')).to.equal(true);
    const zoomed = view.current;
    expect(span(zoomed)).to.be.closeTo(span(all) / 2, 1);
    // Marker c-1980 sits at x = 500 of 1000: the time there stays put.
    expect(zoomed.start + span(zoomed) / 2).to.be.closeTo(all.start + span(all) / 2, 1);
    expect(press('c-1980', 'ArrowRight', { shiftKey: true })).to.equal(true);
    expect(view.current.start - zoomed.start).to.be.closeTo(span(zoomed) * 0.2, 1);
    expect(reader.held(), 'focus stays on its milestone').to.equal(2);
    press('c-1980', '-');
    expect(span(view.current)).to.be.closeTo(span(zoomed) * 2, 1);
    press('c-1980', '0');
    expect(view.current).to.deep.equal(all);
  });

  it('other keys, and arrows with a modifier other than Shift, are left to the page', () => {
    const { press, view } = keyboard();
    const before = view.current;
    expect(press('b-1950', 'a')).to.equal(false);
    expect(press('b-1950', 'ArrowRight', { ctrlKey: true })).to.equal(false);
    expect(press('b-1950', 'PageDown')).to.equal(false);
    expect(view.current).to.deep.equal(before);
  });
});
