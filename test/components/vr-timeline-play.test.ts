import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { stepTime } from '../../src/components/controllers/tour.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

const FOUR: Milestone[] = [
  { id: 'relations', date: '1950-01-30', title: 'Diplomatic relations', description: 'The USSR recognises the DRV. A second sentence nobody waits for.' },
  { id: 'treaty', date: '1978-11-03', title: 'Friendship treaty' },
  { id: 'basic-treaty', date: '1994-06-16', title: 'Treaty on basic principles' },
  { id: 'partnership', date: '2001-03-01', title: 'Strategic partnership' },
];

// A tour 50 times faster than a reader's (the element's pace is a static a subclass may set).
const PACE = 0.02;
const Base = customElements.get('vr-timeline') as typeof VrTimeline;
class FastTour extends Base {
  static tourPace = PACE;
}
customElements.define('vr-timeline-fast-tour', FastTour);

/** A fast-touring element at 900 px with FOUR, and the ids its vr-select events carry, with when they came. */
async function touring(): Promise<{ t: TimelineHarness; el: VrTimeline; selects: { id: string | null; at: number }[] }> {
  await setViewport({ width: 1280, height: 800 });
  const el = await fixture<VrTimeline>(html`<vr-timeline-fast-tour orientation="horizontal" style="width:900px" .milestones=${FOUR}></vr-timeline-fast-tour>`);
  const selects: { id: string | null; at: number }[] = [];
  el.addEventListener('vr-select', (e) => selects.push({ id: e.detail.milestone?.id ?? null, at: performance.now() }));
  const t = await new TimelineHarness(el).ready(4);
  // The pointer rests away from the element (hover pauses a tour).
  await sendMouse({ type: 'move', position: [1200, 780] });
  expect(el.matches(':hover')).to.equal(false);
  return { t, el, selects };
}

const playButton = (t: TimelineHarness) => t.shadow().querySelector<HTMLButtonElement>('[part~="play"]')!;

describe('<vr-timeline> play() and pause(): the guided tour', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('reads each step for 3 s and a quarter second a word of the title and the first sentence', () => {
    expect(stepTime('Friendship treaty ')).to.equal(3500);
    expect(stepTime('Diplomatic relations The USSR recognises the DRV.')).to.equal(4750);
    expect(stepTime('word '.repeat(200))).to.equal(15000);
  });

  it('never starts by itself; play() opens the milestones in date order at the pace, each firing vr-select once, and stops after the last', async () => {
    const { t, el, selects } = await touring();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(selects, 'nothing starts without play()').to.deep.equal([]);
    expect(playButton(t).textContent.trim()).to.equal('Play');
    el.play();
    await waitUntil(() => selects.length === 4, 'the tour did not reach the last milestone', { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(selects.map((s) => s.id)).to.deep.equal(['relations', 'treaty', 'basic-treaty', 'partnership']);
    // Each step waited for the reading time of the one before it.
    const waits = selects.slice(1).map((s, i) => s.at - selects[i]!.at);
    const expected = [stepTime('Diplomatic relations The USSR recognises the DRV.'), stepTime('Friendship treaty '), stepTime('Treaty on basic principles ')].map(
      (ms) => ms * PACE,
    );
    waits.forEach((w, i) => expect(w).to.be.within(expected[i]! - 5, expected[i]! + 60));
    expect(el.selected).to.equal('partnership');
    // Stopped at the end: the control offers Play again.
    expect(playButton(t).textContent.trim()).to.equal('Play');
  });

  it('the Play control is visible and reachable by Tab, shows Pause while it plays, and pauses it', async () => {
    const { t, selects } = await touring();
    const button = playButton(t);
    const box = button.getBoundingClientRect();
    expect(box.width * box.height).to.be.above(24 * 24);
    // Tab from the milestones' tab stop reaches it.
    t.markers()[0]!.focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = t.shadow().activeElement === button;
    }
    expect(reached, 'Tab never reached the Play control').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => selects.length >= 1, 'Enter on Play started nothing', { timeout: 2000 });
    expect(button.textContent.trim()).to.equal('Pause');
    await sendKeys({ press: 'Enter' });
    await t.el.updateComplete;
    expect(button.textContent.trim()).to.equal('Play');
    const count = selects.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(selects.length, 'a paused tour went on').to.equal(count);
  });

  for (const [what, act] of [
    [
      'a pointer over the track',
      async (t: TimelineHarness) => {
        const box = t.markers().at(-1)!.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      },
    ],
    ['focus on a milestone', (t: TimelineHarness) => Promise.resolve(t.markers()[0]!.focus())],
    ['a key', () => sendKeys({ press: 'Shift' })],
  ] as const) {
    it(`${what} pauses it`, async () => {
      const { t, el, selects } = await touring();
      el.play();
      await waitUntil(() => selects.length >= 1, 'no first step', { timeout: 2000 });
      await act(t);
      await el.updateComplete;
      if (what.startsWith('a pointer')) expect(el.matches(':hover')).to.equal(true);
      const count = selects.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(selects.length, `${what} did not pause the tour`).to.equal(count);
      expect(playButton(t).textContent.trim()).to.equal('Play');
    });
  }

  it('each step is announced once (the view gliding to it is not announced again), and the page neither scrolls nor loses its focus', async () => {
    const { t, el, selects } = await touring();
    // Zoomed in, so that each step moves the view.
    el.zoomTo('1949-06-01', '1951-06-01');
    await el.updateComplete;
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const heard: string[] = [];
    const live = t.shadow().querySelector('[role="status"]')!;
    const observer = new MutationObserver(() => heard.push(live.textContent.trim()));
    observer.observe(live, { childList: true, subtree: true, characterData: true });
    const scrollY = window.scrollY;
    try {
      el.play();
      await waitUntil(() => selects.length === 4, 'the tour did not finish', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const said = heard.filter(Boolean);
      expect(said).to.deep.equal(['Diplomatic relations', 'Friendship treaty', 'Treaty on basic principles', 'Strategic partnership'].map((title) => `${title}: details open`));
      expect(document.activeElement).to.equal(outside);
      expect(window.scrollY).to.equal(scrollY);
    } finally {
      observer.disconnect();
      outside.remove();
    }
  });

  it('under prefers-reduced-motion a step changes without animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { t, el, selects } = await touring();
    el.play();
    await waitUntil(() => selects.length >= 2, 'no steps', { timeout: 3000 });
    const moving = [...t.shadow().querySelectorAll('*')].filter((node) =>
      getComputedStyle(node)
        .transitionDuration.split(',')
        .some((d) => parseFloat(d) > 0),
    );
    expect(moving.map((n) => n.className)).to.deep.equal([]);
    el.pause();
  });

  it('there is no Play control on the vertical spine, and a tour there does not start', async () => {
    const el = await fixture<VrTimeline>(html`<vr-timeline-fast-tour orientation="vertical" style="width:360px" .milestones=${FOUR}></vr-timeline-fast-tour>`);
    const t = await new TimelineHarness(el).ready(1);
    expect(t.shadow().querySelector('[part~="play"]')).to.equal(null);
    let selected = 0;
    el.addEventListener('vr-select', () => selected++);
    el.play();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(selected).to.equal(0);
  });
});
