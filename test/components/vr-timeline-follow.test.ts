import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

const SIX: Milestone[] = [
  { id: 'relations', date: '1950-01-30', title: 'Diplomatic relations', importance: 3 },
  { id: 'students', date: '1951', title: 'First students' },
  { id: 'treaty', date: '1978-11-03', title: 'Friendship treaty', importance: 3 },
  { id: 'soyuz', date: '1980-07-23', title: 'Soyuz 37' },
  { id: 'basic-treaty', date: '1994-06-16', title: 'Treaty on basic principles' },
  { id: 'partnership', date: '2001-03-01', title: 'Strategic partnership', importance: 3 },
];

/** An article: the timeline sticky at the top, then six paragraphs, one per milestone, far apart. */
async function article(follow = true): Promise<{ t: TimelineHarness; selects: string[]; paragraphs: HTMLElement[] }> {
  // As at 1280: the timeline sticks beside the text (the page decides where).
  const page = await fixture<HTMLDivElement>(html`<div style="display:flex;gap:24px;align-items:flex-start;width:1000px">
    <vr-timeline style="position:sticky;top:0;flex:0 0 620px;--vr-height:160px" orientation="horizontal" ?follow=${follow} .milestones=${SIX}></vr-timeline>
    <div style="flex:1">
      ${SIX.map((m) => html`<p data-vr-milestone=${m.id} style="margin:0;padding:700px 0 0;font:18px/1.6 serif">In ${m.date.slice(0, 4)}: ${m.title}.</p>`)}
      <div style="height:1200px"></div>
    </div>
  </div>`);
  const el = page.querySelector<VrTimeline>('vr-timeline')!;
  const selects: string[] = [];
  el.addEventListener('vr-select', (e) => selects.push(e.detail.milestone?.id ?? 'closed'));
  const t = await new TimelineHarness(el).ready(6);
  return { t, selects, paragraphs: [...page.querySelectorAll<HTMLElement>('p')] };
}

/** Real wheel input over the article (beside the sticky timeline), a step at a time, until `done` or `steps` run out. */
async function scrollUntil(done: () => boolean, steps = 80): Promise<void> {
  for (let i = 0; i < steps && !done(); i++) {
    await executeServerCommand('vr-wheel', { x: 800, y: Math.round(innerHeight * 0.75), deltaY: 120 });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
}

const middleOf = (p: HTMLElement) => {
  const box = p.getBoundingClientRect();
  return box.top < innerHeight / 2 && box.bottom > innerHeight / 2;
};

describe('<vr-timeline follow>', () => {
  afterEach(() => scrollTo(0, 0));

  it('as the reader scrolls (real wheel input), each paragraph selects its milestone once, in turn, and nothing listens for scroll', async () => {
    scrollTo(0, 0);
    const { t, selects, paragraphs } = await article();
    await scrollUntil(() => middleOf(paragraphs[5]!));
    await waitUntil(() => selects.length === 6, `selected: ${selects.join(', ')}`);
    expect(selects).to.deep.equal(SIX.map((m) => m.id));
    expect(t.el.selected).to.equal('partnership');
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Strategic partnership');
    const listeners = await executeServerCommand<{ window: string[]; document: string[] }, undefined>('vr-listeners');
    expect([...listeners.window, ...listeners.document]).to.not.include('scroll');
  });

  it('a reader’s own click holds until the next paragraph crosses the middle', async () => {
    scrollTo(0, 0);
    const { t, selects, paragraphs } = await article();
    await scrollUntil(() => middleOf(paragraphs[1]!));
    await waitUntil(() => t.el.selected === 'students', `selected: ${String(t.el.selected)}`);
    t.marker('Soyuz 37').click();
    await t.el.updateComplete;
    expect(t.el.selected).to.equal('soyuz');
    // A little further within the same paragraph: the reader's choice stays.
    await executeServerCommand('vr-wheel', { x: 800, y: Math.round(innerHeight * 0.75), deltaY: 60 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.el.selected).to.equal('soyuz');
    await scrollUntil(() => middleOf(paragraphs[2]!));
    await waitUntil(() => t.el.selected === 'treaty', `selected: ${String(t.el.selected)}`);
    expect(selects).to.deep.equal(['relations', 'students', 'soyuz', 'treaty']);
  });

  it('paragraphs added to the page later are followed too', async () => {
    scrollTo(0, 0);
    const { t, paragraphs } = await article();
    const late = Object.assign(document.createElement('p'), { textContent: 'Added later.' });
    late.dataset.vrMilestone = 'soyuz';
    late.style.cssText = 'margin:0;padding:700px 0 0';
    paragraphs[0]!.after(late);
    await scrollUntil(() => middleOf(late));
    await waitUntil(() => t.el.selected === 'soyuz', `selected: ${String(t.el.selected)}`);
  });

  it('without the attribute the paragraphs do nothing', async () => {
    scrollTo(0, 0);
    const { t, selects, paragraphs } = await article(false);
    await scrollUntil(() => middleOf(paragraphs[2]!));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([t.el.selected, selects]).to.deep.equal([null, []]);
  });
});
