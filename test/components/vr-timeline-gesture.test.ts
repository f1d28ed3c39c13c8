// Issue 22: a zoom or pan gesture creates and removes no DOM node (pooled markers and ticks), focus stays on its
// milestone, and once the gesture settles the list is in date order again. Counted with a MutationObserver, not timed.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { nextEvent, type TimelineHarness } from '../helpers/timeline-harness.js';

/** 1,000 milestones over 1900–2025, as the bench draws them (bench/common.mjs). */
const THOUSAND: Milestone[] = Array.from({ length: 1000 }, (_, i) => {
  const year = 1900 + Math.floor((i / 1000) * 125);
  const [month, day] = [String((i % 12) + 1).padStart(2, '0'), String((i % 28) + 1).padStart(2, '0')];
  const date = i % 10 === 0 ? `${year}` : i % 5 === 0 ? `${year}-${month}` : `${year}-${month}-${day}`;
  return { id: `m-${i}`, date, title: `Milestone number ${i}`, category: (['diplomacy', 'economy', 'energy', 'science'] as const)[i % 4], importance: ((i % 3) + 1) as 1 | 2 | 3 };
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Counts the nodes added to the shadow root that were never in it (a node moved within it is not new), and the nodes removed. */
function watch(root: ShadowRoot): { counts: { created: number; removed: number }; stop: () => void } {
  const seen = new WeakSet<Node>();
  const walker = document.createTreeWalker(root);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) seen.add(node);
  const counts = { created: 0, removed: 0 };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) if (!seen.has(node)) (seen.add(node), counts.created++);
      counts.removed += r.removedNodes.length;
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return { counts, stop: () => observer.disconnect() };
}

/** One Ctrl+wheel zoom step around the middle of the track (factor < 1 zooms in), then the frame that draws it. */
async function zoomStep(t: TimelineHarness, factor: number): Promise<void> {
  t.wheel({ deltaY: 300 * Math.log(factor), ctrlKey: true });
  await t.el.updateComplete;
  await frame();
}

/** The x of each shown marker in DOM order (the order assistive technology reads). */
const xsInOrder = (t: TimelineHarness) => [...t.shadow().querySelectorAll<HTMLElement>('ol.milestones > li:not([hidden])')].map((li) => parseFloat(li.style.translate));

failOnLitWarnings();

describe('<vr-timeline> a gesture creates no node (issue 22)', () => {
  it('30 zoom steps at 1,000 milestones create and remove no node until the gesture settles; the list is in date order again after', async () => {
    const t = await mount({ width: 1200, milestones: THOUSAND, ready: 1000 });
    const before = xsInOrder(t);
    const { counts, stop } = watch(t.shadow());
    const settled = nextEvent(t.el, 'vr-view-change');
    // In 15 steps and out 15, back to the whole span: 0.8 × 1.25 = 1.
    for (let i = 0; i < 30; i++) await zoomStep(t, i < 15 ? 0.8 : 1.25);
    const during = { ...counts };
    const moved = xsInOrder(t);
    await settled;
    stop();
    expect(moved.join(), 'the view moved').to.not.equal(before.join());
    expect(during, 'nodes created and removed during the gesture').to.deep.equal({ created: 0, removed: 0 });
    await t.el.updateComplete;
    const after = xsInOrder(t);
    expect(after.length, 'markers drawn once settled').to.be.above(10);
    expect(after, 'DOM order is date order once settled').to.deep.equal([...after].sort((a, b) => a - b));
    // Every drawn milestone is still counted once: the pool's spare nodes hold none.
    expect(t.shownCount()).to.equal(1000);
  });

  it('a pan by Shift+wheel creates no node either, and ticks move rather than being rebuilt', async () => {
    const t = await mount({ width: 1200, milestones: THOUSAND, ready: 1000 });
    for (let i = 0; i < 6; i++) await zoomStep(t, 0.8);
    await nextEvent(t.el, 'vr-view-change');
    const ticks = t.ticks().join();
    const { counts, stop } = watch(t.shadow());
    for (let i = 0; i < 20; i++) {
      t.wheel({ deltaY: 60, shiftKey: true });
      await t.el.updateComplete;
      await frame();
    }
    stop();
    expect(t.ticks().join(), 'the axis moved on').to.not.equal(ticks);
    expect(counts).to.deep.equal({ created: 0, removed: 0 });
  });

  it('a pan moves the axis and markers as one layer: a marker already drawn is not written again, the plane moves', async () => {
    const t = await mount({ width: 1200, milestones: THOUSAND, ready: 1000 });
    for (let i = 0; i < 6; i++) await zoomStep(t, 0.8);
    await nextEvent(t.el, 'vr-view-change');
    await t.el.updateComplete;
    const plane = t.shadow().querySelector<HTMLElement>('.plane')!;
    const track = t.shadow().querySelector('.track')!.getBoundingClientRect();
    /** Each shown marker's key, its translate and where it is on screen. */
    const drawn = () =>
      new Map(
        [...t.shadow().querySelectorAll<HTMLElement>('ol.milestones > li:not([hidden])')].map((li) => [
          li.querySelector('button')!.dataset.key!,
          { li, translate: li.style.translate, left: li.getBoundingClientRect().left - track.left },
        ]),
      );
    let kept = 0;
    for (let i = 0; i < 12; i++) {
      const before = drawn();
      t.wheel({ deltaY: 40, shiftKey: true });
      await t.el.updateComplete;
      await frame();
      const after = drawn();
      for (const [key, was] of before) {
        const now = after.get(key);
        // Away from the ends of the track, where a marker is held inside the view.
        if (!now || now.li !== was.li || now.left < 30 || now.left > track.width - 30 || was.left < 30 || was.left > track.width - 30) continue;
        expect(now.translate, `${key} was written again at pan step ${i + 1}`).to.equal(was.translate);
        kept++;
      }
    }
    expect(kept, 'markers that stayed in view while panning').to.be.above(50);
    expect(parseFloat(plane.style.translate), 'the plane moved by the pan').to.be.below(-20);
    await nextEvent(t.el, 'vr-view-change');
    await t.el.updateComplete;
    expect(parseFloat(plane.style.translate || '0'), 'the plane is back in place once the pan settles').to.equal(0);
  });

  it('keeps focus on its milestone’s own button through a zoom gesture', async () => {
    const t = await mount({ width: 1200, milestones: THOUSAND, ready: 1000 });
    for (let i = 0; i < 8; i++) await zoomStep(t, 0.8);
    await nextEvent(t.el, 'vr-view-change');
    await t.el.updateComplete;
    // A single milestone near the middle, where the zoom is anchored.
    const middle = t.shadow().querySelector('.track')!.getBoundingClientRect();
    const centre = middle.left + middle.width / 2;
    const button = t
      .markers()
      .filter((b) => b.part.contains('milestone'))
      .sort((a, b) => Math.abs(a.getBoundingClientRect().left - centre) - Math.abs(b.getBoundingClientRect().left - centre))[0]!;
    // Focus from the keyboard, as a reader who tabs in and arrows along: that milestone is held in view.
    button.focus();
    await sendKeys({ press: 'ArrowRight' });
    await t.el.updateComplete;
    const focused = t.shadow().activeElement as HTMLButtonElement;
    expect(focused.matches('button.marker')).to.equal(true);
    const key = focused.dataset.key!;
    for (let i = 0; i < 12; i++) {
      await zoomStep(t, i < 6 ? 0.8 : 1.25);
      expect(t.shadow().activeElement, `focus after step ${i + 1}`).to.equal(focused);
      expect(focused.dataset.key, `the focused button still stands for its milestone after step ${i + 1}`).to.equal(key);
    }
    await waitUntil(() => !t.el.shadowRoot!.querySelector('.track.moving'), 'the gesture did not settle', { timeout: 3000 });
    expect(t.shadow().activeElement).to.equal(focused);
    expect(focused.dataset.key).to.equal(key);
  });
});
