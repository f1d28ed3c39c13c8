// Issue 15: the story at a glance on wide screens. Each test is a reader's check from the reader review
// (../shared/reviews/reader-review.md findings 1–4, 7, 14, 17, 18).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { nextEvent, type TimelineHarness } from '../helpers/timeline-harness.js';

const byDate = [...vietnamRussiaMilestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const majors = new Set(vietnamRussiaMilestones.filter((m) => m.importance === 3).map((m) => m.id));
const importanceOf = new Map(vietnamRussiaMilestones.map((m) => [m.id, m.importance ?? 2]));

/** The ids whose whole title is shown: a labelled milestone, or the lead of a titled cluster. */
function titled(t: TimelineHarness): string[] {
  return t
    .markers()
    .filter((b) => b.querySelector('[part~="label"]'))
    .map((b) => b.dataset.key!);
}

/** Milestone ids in the view now (markers and cluster members), from the element's window. */
function inWindow(t: TimelineHarness): string[] {
  const [start, end] = [t.el.viewStart, t.el.viewEnd];
  return byDate.filter((m) => m.date.slice(0, 10) >= start.slice(0, m.date.length) && m.date.slice(0, 10) <= end).map((m) => m.id);
}

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : resolve());
    step(n);
  });

failOnLitWarnings();

describe('<vr-timeline> the story at a glance', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'vi', 'ru']) {
    it(`at 1100 px in ${lang} titles at least 12 milestones, all 10 of importance 3, each whole`, async () => {
      const t = await mount({ width: 1100, lang });
      await t.ready(vietnamRussiaMilestones.length);
      const shown = titled(t);
      expect(shown.length).to.be.at.least(12);
      expect(
        [...majors].filter((id) => !shown.includes(id)),
        'importance-3 milestones without a title',
      ).to.deep.equal([]);
      for (const label of t.labels()) expect(label.scrollHeight, label.textContent).to.be.at.most(label.clientHeight + 1);
    });

    for (const width of [768, 680]) {
      it(`at ${width} px in ${lang} titles all 10 importance-3 milestones or reads vertically`, async () => {
        const t = await mount({ width, lang });
        // Read vertically, a phone's spine starts with the key events.
        await t.ready(majors.size);
        const shown = titled(t);
        if (!t.cards().length) expect([...majors].filter((id) => !shown.includes(id))).to.deep.equal([]);
      });
    }
  }

  it('in no settled view, default, zoomed or panned, is a lesser title shown while an importance-3 milestone in the window has none', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    const windows: [string, string][] = [
      ['1920-01-01', '2030-01-01'],
      ['1945-01-01', '1965-01-01'],
      ['1975-01-01', '1985-01-01'],
      ['1976-01-01', '1982-01-01'],
      ['1990-01-01', '2026-01-01'],
      ['2010-01-01', '2026-01-01'],
      ['1978-01-01', '1981-12-31'],
    ];
    for (const [start, end] of windows) {
      t.el.zoomTo(start, end);
      await t.el.updateComplete;
      const shown = new Set(titled(t));
      const untitledMajor = inWindow(t).some((id) => majors.has(id) && !shown.has(id));
      const lesser = [...shown].filter((id) => importanceOf.get(id)! < 3);
      if (untitledMajor) expect(lesser, `${start} – ${end}`).to.deep.equal([]);
    }
  });

  it('selecting a milestone keeps every importance-3 title and draws its neighbours as themselves', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    const at = byDate.findIndex((m) => m.id === '1978-11-03-friendship-treaty');
    t.el.select(byDate[at]!.id);
    await t.el.updateComplete;
    const shown = titled(t);
    expect([...majors].filter((id) => !shown.includes(id))).to.deep.equal([]);
    const own = t
      .markers()
      .filter((b) => !b.part.contains('cluster'))
      .map((b) => b.dataset.key);
    for (const m of byDate.slice(at - 1, at + 2)) expect(own, m.id).to.include(m.id);
  });

  it('a title of 4,000 words is measured in one pass: the page stays usable, the other titles are shown (reliability review H1)', async () => {
    const t = await mount({
      width: 1000,
      milestones: [
        { id: 'long', date: '1950-01-30', title: 'word '.repeat(4000), importance: 1 },
        { id: 'b', date: '1980-07-23', title: 'Pham Tuan flies to space', importance: 2 },
        { id: 'c', date: '2001-02-28', title: 'A strategic partnership', importance: 2 },
      ],
    });
    await t.ready(3);
    expect(titled(t)).to.include.members(['b', 'c']);
    // Too long for two lines across the track: not titled, still a marker with its whole name.
    expect(titled(t)).to.not.include('long');
    expect(t.marker(/^30 January 1950: word word/).ariaLabel!.length).to.be.above(20_000);
  });

  it('a 4-milestone CSV (1955, 1979, 1980, 2025) at 1280 px shows all 4 titles', async () => {
    const four: Milestone[] = [
      { id: 'a', date: '1955-07-09', title: 'Ho Chi Minh visits Moscow' },
      { id: 'b', date: '1979-11-06', title: 'Hoa Binh dam begun' },
      { id: 'c', date: '1980-07-23', title: 'Pham Tuan flies to space' },
      { id: 'd', date: '2025-05-08', title: 'To Lam visits Moscow' },
    ];
    const t = await mount({ width: 1280, milestones: four });
    await t.ready(4);
    expect(titled(t).sort()).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('hovering a bare marker or a cluster, or focusing one, shows its preview (date and whole title) within 300 ms', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    // A numbered cluster if there is one, else a titled cluster: either way a marker that holds several.
    const cluster = t.clusters().find((b) => !b.querySelector('[part~="label"]')) ?? t.clusters()[0]!;
    expect(cluster, 'a cluster at the default view').to.not.equal(undefined);
    const box = cluster.getBoundingClientRect();
    const { sendMouse } = await import('@web/test-runner-commands');
    const began = performance.now();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 4)] });
    await t.el.updateComplete;
    const preview = () => t.shadow().querySelector<HTMLElement>('[part~="preview"]');
    expect(preview(), 'a preview after hovering a cluster').to.not.equal(null);
    expect(performance.now() - began).to.be.below(300);
    expect(preview()!.querySelectorAll('li').length).to.be.at.least(2);
    // It never covers the marker it previews.
    const p = preview()!.getBoundingClientRect();
    const dot = cluster.querySelector('.dot')!.getBoundingClientRect();
    expect(p.bottom <= dot.top || p.top >= dot.bottom || p.right <= dot.left || p.left >= dot.right).to.equal(true);
    await sendMouse({ type: 'move', position: [1, 1] });
    await t.el.updateComplete;
    expect(preview()).to.equal(null);
    // Keyboard focus on a milestone shows its preview too.
    t.markers()[0]!.focus();
    await waitUntil(() => preview(), 'no preview within 300 ms of focus', { timeout: 300 });
    expect(preview()!.textContent).to.contain('1923');
  });
});

describe('<vr-timeline> a story mode that keeps its place', () => {
  for (const width of [1280, 375]) {
    it(`at ${width} px Next through all 42: the button stays within 4 px on screen${width === 1280 ? ', the element keeps its height, and the neighbours are on screen' : ''}`, async function () {
      this.timeout(60_000);
      await setViewport({ width, height: 900 });
      const t = await mount({ width: width - 32, after: 3000, expanded: true });
      await t.ready(vietnamRussiaMilestones.length);
      t.el.select(byDate[0]!.id);
      await t.el.updateComplete;
      await frames();
      const height = t.el.offsetHeight;
      let top = t.nav('next').getBoundingClientRect().top;
      for (let k = 1; k < byDate.length; k++) {
        t.nav('next').click();
        await t.el.updateComplete;
        await frames(3);
        await new Promise((r) => setTimeout(r, 280)); // the 250 ms glide of the view
        await t.el.updateComplete;
        expect(t.el.selected).to.equal(byDate[k]!.id);
        const now = t.nav('next').getBoundingClientRect().top;
        expect(Math.abs(now - top), `Next moved at step ${k}`).to.be.at.most(4);
        top = now;
        if (width === 1280) {
          expect(t.el.offsetHeight, `height at step ${k}`).to.equal(height);
          const drawn = new Set(t.markers().flatMap((b) => (b.part.contains('cluster') ? [] : [b.dataset.key!])));
          for (const j of [k - 1, k, k + 1]) if (byDate[j]) expect(drawn.has(byDate[j].id), `${byDate[j].id} drawn at step ${k}`).to.equal(true);
        }
      }
      await setViewport({ width: 800, height: 600 });
    });
  }
});

describe('<vr-timeline> keyboard per contract', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('End focuses the last milestone itself, Home the first; ArrowRight visits every milestone in date order and Space selects each', async function () {
    this.timeout(60_000);
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    t.markers()[0]!.focus();
    const focusedKey = () => (t.shadow().activeElement as HTMLElement | null)?.dataset.key;
    await sendKeys({ press: 'End' });
    await t.el.updateComplete;
    expect(focusedKey()).to.equal(byDate[byDate.length - 1]!.id);
    await sendKeys({ press: 'Home' });
    await t.el.updateComplete;
    expect(focusedKey()).to.equal(byDate[0]!.id);
    for (let k = 0; k < byDate.length; k++) {
      if (k) {
        await sendKeys({ press: 'ArrowRight' });
        await t.el.updateComplete;
      }
      expect(focusedKey(), `step ${k}`).to.equal(byDate[k]!.id);
      const selected = nextEvent(t.el, 'vr-select');
      await sendKeys({ press: 'Space' });
      expect(((await selected) as CustomEvent<{ milestone: Milestone | null }>).detail.milestone?.id).to.equal(byDate[k]!.id);
      await t.el.updateComplete;
      // Space again closes it; focus stays on the milestone.
      await sendKeys({ press: 'Space' });
      await t.el.updateComplete;
      expect(t.el.selected).to.equal(null);
    }
  });

  it('20 Shift+ArrowRight presses move the view later and focus stays on the same milestone', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    t.el.zoomTo('1948-01-01', '1960-01-01');
    await t.el.updateComplete;
    const first = t.markers().find((b) => b.dataset.key === '1950-diplomatic-relations') ?? t.markers()[0]!;
    const id = first.dataset.key!;
    first.focus();
    const before = t.el.viewStart;
    await sendKeys({ down: 'Shift' });
    for (let k = 0; k < 20; k++) {
      await sendKeys({ press: 'ArrowRight' });
      await t.el.updateComplete;
    }
    await sendKeys({ up: 'Shift' });
    expect(t.el.viewStart > before).to.equal(true);
    expect((t.shadow().activeElement as HTMLElement | null)?.dataset.key).to.equal(id);
  });

  it('+ zooms only from the track or its controls: not from a legend toggle or a source link', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    const span = () => Date.parse(t.el.viewEnd) - Date.parse(t.el.viewStart);
    const before = span();
    t.legendItems()[0]!.focus();
    await sendKeys({ press: '+' });
    await t.el.updateComplete;
    expect(span()).to.equal(before);
    t.markers()[0]!.focus();
    await sendKeys({ press: '+' });
    await t.el.updateComplete;
    expect(span()).to.be.below(before);
  });

  it('Tab reaches the milestones before the legend', async () => {
    const t = await mount({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    const focusable = [...t.shadow().querySelectorAll<HTMLElement>('button:not([tabindex="-1"])')];
    const firstMarker = focusable.findIndex((b) => b.dataset.key);
    const firstLegend = focusable.findIndex((b) => b.part.contains('legend-item'));
    expect(firstMarker).to.be.below(firstLegend);
  });
});
