// Lit's hydrate support must load before lit-element evaluates (it patches LitElement as it loads): first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { FIVE } from '../helpers/milestones.js';
import { serverPage } from '../helpers/server-render.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits for the hydrating render and the client's own one after it. */
async function hydrated(el: VrTimeline): Promise<TimelineHarness> {
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return new TimelineHarness(el);
}

const boxes = (nodes: Element[]) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect);

let boxesToRemove: HTMLElement[] = [];
afterEach(() => {
  boxesToRemove.forEach((b) => b.remove());
  boxesToRemove = [];
});
failOnLitWarnings();

describe('<vr-timeline> server-rendered, then hydrated', () => {
  it('at 375 px keeps the server’s card nodes where they were, with no layout shift', async () => {
    const { box, el } = await serverPage({ milestones: FIVE, lang: 'en' }, 375);
    boxesToRemove.push(box);
    el.milestones = FIVE; // the same data on the client, before the element upgrades
    document.body.append(box);
    await frame();
    await frame();
    expect(customElements.get('vr-timeline'), 'not yet defined: this is the server’s DOM').to.equal(undefined);
    const serverCards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(serverCards.map((c) => c.querySelector('.title')!.textContent)).to.deep.equal(FIVE.map((m) => m.title));
    const before = boxes(serverCards);
    await expect(el, 'the server’s DOM, before any script of the element runs').to.be.accessible();
    const shifts: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift' });

    await import('../../src/define.js');
    const t = await hydrated(el);
    await frame();

    expect(t.cards()).to.have.length(5);
    expect(t.cards(), 'the server’s card nodes, in order').to.have.ordered.members(serverCards);
    expect(boxes(t.cards())).to.deep.equal(before);
    expect(shifts, 'layout shifts').to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('[role="region"]'), 'the server’s DOM was hydrated, not rendered twice').to.have.length(1);
    await expect(el).to.be.accessible();
    // Hydrated means live: a card opens its detail.
    await t.click(t.cards()[1]!);
    expect(t.detail()?.textContent).to.contain('First paragraph.');
  });

  it('with orientation="vertical" at 1280 px also keeps the server’s nodes and boxes', async () => {
    const { box, el } = await serverPage({ milestones: FIVE, lang: 'vi', orientation: 'vertical' }, 1280);
    boxesToRemove.push(box);
    el.milestones = FIVE;
    document.body.append(box); // upgrades now; Lit's first render waits for a microtask
    expect(el.hasUpdated).to.equal(false);
    const serverCards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
    const before = boxes(serverCards);
    const t = await hydrated(el);
    expect(t.cards()).to.have.ordered.members(serverCards);
    expect(boxes(t.cards())).to.deep.equal(before);
    expect(t.cards()[1]!.textContent).to.contain('30/1/1950');
  });

  it('wide and orientation="auto": hydrates, then changes to the horizontal layout (an expected change)', async () => {
    const { box, el } = await serverPage({ milestones: FIVE, lang: 'en' }, 1280);
    boxesToRemove.push(box);
    el.milestones = FIVE;
    document.body.append(box);
    expect(el.shadowRoot!.querySelector('.root')!.classList.contains('vertical'), 'the server renders the vertical list').to.equal(true);
    const t = await hydrated(el);
    await t.ready(5);
    expect(t.cards()).to.have.length(0);
    expect(t.markers().length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(1);
  });

  it('hydrates in the language the server used, then follows the page’s', async () => {
    const { box, el } = await serverPage({ milestones: FIVE }, 375, 'vi');
    boxesToRemove.push(box);
    el.milestones = FIVE;
    document.body.append(box);
    const serverCards = [...el.shadowRoot!.querySelectorAll('[part~="card"]')];
    expect(serverCards[1]!.textContent, 'a server knows no page language: English').to.contain('30 January 1950');
    const t = await hydrated(el);
    expect(t.cards()).to.have.ordered.members(serverCards);
    expect(t.cards()[1]!.textContent).to.contain('30/1/1950');
  });

  it('rendered without milestones, shows the page’s fallback list, then reads it as data', async () => {
    const { box, el } = await serverPage({ lang: 'en' }, 375);
    boxesToRemove.push(box);
    el.innerHTML = '<ol><li><time datetime="1950-01-30">30 January 1950</time>: Diplomatic relations</li></ol>';
    document.body.append(box);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(el.querySelector('li')!.getBoundingClientRect().height, 'the list shows through the slot').to.be.greaterThan(0);
    const t = await hydrated(el);
    await t.ready(1);
    expect(t.cards().map((c) => c.querySelector('.title')!.textContent)).to.deep.equal(['Diplomatic relations']);
  });

  it('given other milestones than the server rendered, renders afresh (and says why)', async () => {
    const { box, el } = await serverPage({ milestones: FIVE, lang: 'en' }, 375);
    boxesToRemove.push(box);
    el.milestones = FIVE.slice(0, 2);
    const error = console.error;
    console.error = () => {}; // Lit's hydrate notes the emptied shadow root
    try {
      const warned = await warningsOf(async () => {
        document.body.append(box);
        const t = await hydrated(el);
        await waitUntil(() => t.cards().length === 2);
        expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(1);
        // The server's stylesheet went with its DOM: the fresh render must be styled all the same.
        expect(getComputedStyle(t.cards()[0]!).minHeight).to.equal('44px');
      });
      expect(warned.join('\n')).to.contain('not the milestones the server rendered');
    } finally {
      console.error = error;
    }
  });
});
