import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { formatDateRange } from '../../src/i18n/format-date.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { FIVE, milestone } from '../helpers/milestones.js';
import { mount } from '../helpers/mount.js';
import type { TimelineHarness } from '../helpers/timeline-harness.js';

/**
 * Prints as a browser does: `beforeprint`, then the page laid out under print media; after, screen media
 * again, then `afterprint`. (In the other order the print stylesheet hides the focused marker before
 * `beforeprint`, and Chrome drops its focus at the next style update.)
 */
async function print(t: TimelineHarness, on: boolean): Promise<void> {
  if (on) dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: on ? 'print' : 'screen' });
  if (!on) dispatchEvent(new Event('afterprint'));
  await t.el.updateComplete;
  await t.el.updateComplete;
}

/** Rendered, displayed and not clipped away: what ends up on paper. */
const printed = (el: Element) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
});
failOnLitWarnings();

describe('<vr-timeline> printed', () => {
  it('a reader’s keyboard place survives printing: the focused milestone has focus again after', async () => {
    const t = await mount({ width: 1280, milestones: FIVE, ready: 1 });
    const marker = t.el.shadowRoot!.querySelector<HTMLElement>('button.marker[data-key]')!;
    const key = marker.dataset.key!;
    marker.focus();
    await print(t, true);
    expect(t.cards().length, 'printing: the dated list').to.equal(FIVE.length);
    await print(t, false);
    await waitUntil(() => t.el.shadowRoot!.activeElement !== null, 'focus did not come back', { timeout: 3000 });
    const focused = t.el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.matches('button.marker'), 'focus is on a marker again').to.equal(true);
    expect(focused?.dataset.key).to.equal(key);
  });

  it('a wide timeline prints as a dated list of every milestone with its text and sources, and no controls', async () => {
    const t = await mount({ width: 1280, milestones: FIVE, attributes: { selected: 'b-1950' }, ready: 1 });
    expect(t.detail(), 'on screen: the horizontal layout with a detail open').to.not.equal(null);
    await print(t, true);

    const cards = t.cards();
    expect(cards.map((c) => c.querySelector('.title')!.textContent)).to.deep.equal(FIVE.map((m) => m.title));
    cards.forEach((card, i) => {
      const date = card.querySelector('time')!;
      expect(printed(card) && printed(date), `${FIVE[i]!.id} printed with its date`).to.equal(true);
      expect(date.textContent).to.equal(formatDateRange(FIVE[i]!.date, FIVE[i]!.endDate, 'en'));
    });
    const text = t.visibleText();
    expect(text).to.contain('First paragraph.').and.to.contain('Second paragraph.').and.to.contain('Source one');
    const link = t.links().find((a) => a.href === 'https://example.org/one')!;
    expect(printed(link)).to.equal(true);
    expect(link.parentElement!.innerText, 'the host of the address is printed after the link').to.contain('Source one (example.org)');
    expect(text, 'not the whole address').to.not.contain('example.org/one');
    expect(t.detail(), 'no open detail on paper: every card carries its text').to.equal(null);
    const controls = t.buttons().filter((b) => !b.matches('[part~="card"]'));
    expect(
      controls.filter(printed).map((b) => b.textContent.trim()),
      'controls on paper',
    ).to.deep.equal([]);
    expect(t.legendItems().length, 'the legend is in the DOM, but not printed').to.be.greaterThan(0);

    await print(t, false);
    expect(t.cards(), 'back on screen: the horizontal layout').to.have.length(0);
    expect(t.detail()?.textContent).to.contain('First paragraph.');
  });

  it('on paper a milestone carries its date note, the date of its last change and its corrections', async () => {
    const revised = [{ ...FIVE[2]!, dateNote: 'Moscow time', updated: '2026-02-13', corrections: [{ date: '2026-02-13', text: 'The launch date is Moscow time.' }] }];
    const t = await mount({ width: 1280, milestones: revised, ready: 1 });
    await print(t, true);
    const text = t.visibleText();
    expect(text).to.contain('Moscow time').and.contain('Updated 13 February 2026').and.contain('Correction, 13 February 2026: The launch date is Moscow time.');
    await print(t, false);
  });

  it('a long list, drawn near the viewport on screen, prints every milestone', async () => {
    const many = Array.from({ length: 400 }, (_, i) => milestone({ id: `p-${i}`, date: `${1600 + i}`, title: `Event ${i}` }));
    const t = await mount({ width: 375, milestones: many, ready: 1 });
    expect(t.cards().length, 'on screen: only the cards near the viewport').to.be.lessThan(100);
    await print(t, true);
    expect(t.cards().map((c) => c.querySelector('.title')!.textContent)).to.deep.equal(many.map((m) => m.title));
    expect(t.cards().every(printed)).to.equal(true);
    await print(t, false);
    expect(t.cards().length).to.be.lessThan(100);
  });

  it('the text blocks of the printed list are not shown on screen', async () => {
    const t = await mount({ width: 375, milestones: FIVE, ready: 1 });
    expect(t.visibleText()).to.not.contain('First paragraph.');
  });
});
