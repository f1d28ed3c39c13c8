// Issue 16: the timeline fits the article. Each test is a reader's or an editor's check from the reader
// review (../shared/reviews/reader-review.md findings 5, 6, 9, 10, 12, 13, 15, 16, 20).
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { textFor } from '../../src/model/localized-text.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { FIVE } from '../helpers/milestones.js';
import { mount, type MountOptions } from '../helpers/mount.js';
import { nextEvent, type TimelineHarness } from '../helpers/timeline-harness.js';

const keyEvents = vietnamRussiaMilestones.filter((m) => m.importance === 3);
const minor = vietnamRussiaMilestones.find((m) => (m.importance ?? 2) < 3)!;

/** The element in an article that goes on for 2,000 px below it. */
const inArticle = (options: MountOptions) => mount({ after: 2000, ...options });

const showAll = (t: TimelineHarness) => t.shadow().querySelector<HTMLButtonElement>('[part~="show-all"]');

failOnLitWarnings();

describe('<vr-timeline> a phone timeline that lets the article go on', () => {
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'vi', 'ru']) {
    it(`at 375 px in ${lang} starts with the 10 key events in at most 1,850 px; one tap on "Show all" shows all of them, keeps focus and place, and says so`, async () => {
      const t = await inArticle({ width: 375, lang });
      await t.ready(keyEvents.length);
      expect(t.el.getBoundingClientRect().height).to.be.at.most(1850);
      expect(t.cards().map((c) => c.querySelector('.title')!.textContent.trim())).to.deep.equal(keyEvents.map((m) => textFor(m.title, lang)));
      const button = showAll(t)!;
      expect(button.textContent).to.contain(String(vietnamRussiaMilestones.length));
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(t.el.hasAttribute('expanded')).to.equal(false);

      button.scrollIntoView({ block: 'center' });
      const top = button.getBoundingClientRect().top;
      button.focus();
      await t.click(button);
      await t.el.updateComplete;
      expect(t.cards()).to.have.length(vietnamRussiaMilestones.length);
      expect(t.el.hasAttribute('expanded'), 'expanded reflects').to.equal(true);
      expect(t.focused(), 'focus stays on the button').to.equal(showAll(t));
      expect(showAll(t)!.getAttribute('aria-expanded')).to.equal('true');
      expect(Math.abs(showAll(t)!.getBoundingClientRect().top - top), 'the button stays where the reader tapped it').to.be.at.most(2);
      expect(t.announcement()).to.contain(String(vietnamRussiaMilestones.length));
    });
  }

  it('a milestone selected among those not shown (a deep link, selected, select()) expands the spine and opens it', async () => {
    const t = await inArticle({ width: 375, attributes: { selected: minor.id } });
    await t.ready(vietnamRussiaMilestones.length);
    expect(t.el.expanded).to.equal(true);
    expect(t.detail()?.textContent).to.contain(textFor(minor.title, 'en'));
  });

  it('a short timeline (12 milestones or fewer) shows every card and no "Show all"', async () => {
    const t = await mount({ width: 375, milestones: FIVE, ready: 5 });
    expect(t.cards()).to.have.length(5);
    expect(showAll(t)).to.equal(null);
  });
});

describe('<vr-timeline> does not move the page', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px keeps its height through 10 zoom steps, 10 pans and a switch en → vi → ru', async () => {
    const t = await inArticle({ width: 1248 });
    await t.ready(vietnamRussiaMilestones.length);
    const height = t.el.getBoundingClientRect().height;
    const heights: number[] = [];
    for (let k = 0; k < 10; k++) {
      t.el.zoomIn();
      await t.el.updateComplete;
      heights.push(t.el.getBoundingClientRect().height);
    }
    for (let k = 0; k < 10; k++) {
      t.wheel({ deltaX: k < 5 ? -300 : 300 });
      await t.el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 200)); // the pan settles
      heights.push(t.el.getBoundingClientRect().height);
    }
    for (const lang of ['vi', 'ru']) {
      t.el.lang = lang;
      await t.el.updateComplete;
      await t.el.updateComplete;
      heights.push(t.el.getBoundingClientRect().height);
    }
    expect(
      heights.filter((h) => Math.abs(h - height) > 0.5),
      `heights other than ${height}`,
    ).to.deep.equal([]);
  });
});

describe('<vr-timeline> on the page’s own background', () => {
  /** The boxes of the host and its shadow tree that paint a background of their own (alpha over 0.1), by area. */
  function painted(el: HTMLElement): { what: string; area: number; color: string }[] {
    const boxes = [el, ...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].map((node) => {
      const color = getComputedStyle(node).backgroundColor;
      // rgba(r, g, b, a) or color(srgb r g b / a), as color-mix() computes.
      const alpha = color.includes('/') ? parseFloat(color.split('/')[1]!) : color.startsWith('rgba') ? parseFloat(color.split(',')[3]!) : color === 'transparent' ? 0 : 1;
      const box = node.getBoundingClientRect();
      return { what: `${node.tagName.toLowerCase()}.${node.className}`, area: box.width * box.height, color, alpha };
    });
    return boxes.filter((b) => b.alpha > 0.1).sort((a, b) => b.area - a.area);
  }

  for (const [page, scheme] of [
    ['#fbf9f4', 'light'],
    ['#121212', 'dark'],
  ] as const) {
    for (const width of [1280, 375]) {
      it(`on a ${scheme} page (${page}) at ${width} px paints no slab of its own: nothing over a tenth of its area, the detail open`, async () => {
        await setViewport({ width, height: 900 });
        const t = await mount({
          width: width - 32,
          style: `background:${page};color-scheme:${scheme};padding:16px`,
          attributes: { selected: '1950-01-30-diplomatic-relations' },
          ready: keyEvents.length,
        });
        expect(t.detail()).to.not.equal(null);
        const host = t.el.getBoundingClientRect();
        const big = painted(t.el).filter((b) => b.area > (host.width * host.height) / 10);
        expect(
          big.map((b) => `${b.what} ${b.color}`),
          'large painted boxes',
        ).to.deep.equal([]);
        await setViewport({ width: 800, height: 600 });
      });
    }
  }
});

describe('<vr-timeline> a detail that reads like the article', () => {
  /** How many characters each rendered line of `block` holds, top to bottom (from the line boxes of its characters). */
  function lineLengths(block: Element): number[] {
    const counts = new Map<number, number>();
    const range = document.createRange();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (box) counts.set(Math.round(box.top + box.height / 2), (counts.get(Math.round(box.top + box.height / 2)) ?? 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
  }

  // The five longest descriptions of the built-in data.
  const longest = [...vietnamRussiaMilestones].sort((a, b) => textFor(b.description, 'en').length - textFor(a.description, 'en').length).slice(0, 5);

  // Article text in the web's common sans and serif: Liberation Sans (Arial's metrics) and Liberation Serif (Times').
  for (const width of [320, 375, 768, 1280, 1920]) {
    const [least, most] = width < 600 ? [35, 80] : [45, 80];
    // Russian at 320 px is the exception: its words are long and its letters wide, and at 16 px (the least the
    // issue allows) a 320 px screen holds about 31 of them a line, with no margin left to take (see the note of issue 16).
    const leastFor = (lang: string) => (width === 320 && lang === 'ru' ? 30 : least);
    it(`at ${width} px, descriptions are at least 16 px with lines of ${least}–${most} characters, in en, vi and ru`, async function () {
      this.timeout(60_000);
      await setViewport({ width, height: 900 });
      for (const [lang, font] of ['en', 'vi', 'ru'].flatMap((l) => ['Liberation Sans', 'Liberation Serif'].map((f) => [l, f] as const))) {
        const t = await mount({ width, lang, style: `font:18px/1.6 '${font}'`, expanded: true, ready: 10 });
        for (const m of longest) {
          t.el.selected = m.id;
          await t.el.updateComplete;
          const text = t.detail()!.querySelector('.detail-body p:not(.meta)')!;
          expect(parseFloat(getComputedStyle(text).fontSize), `${lang} ${m.id}: font size`).to.be.at.least(16);
          // Every line but a paragraph's last is full: none is longer than the most, and on average they hold at least the least.
          const full = lineLengths(text).slice(0, -1);
          expect(full.length, `${lang} ${m.id}: lines`).to.be.above(0);
          const mean = full.reduce((a, b) => a + b, 0) / full.length;
          expect(mean, `${lang} ${font} ${m.id}: characters per line ${full.join(', ')} in ${Math.round(text.getBoundingClientRect().width)} px`).to.be.within(
            leastFor(lang),
            most,
          );
          expect(Math.max(...full), `${lang} ${m.id}: characters per line ${full.join(', ')}`).to.be.at.most(most);
        }
      }
      await setViewport({ width: 800, height: 600 });
    });
  }

  it('on a phone the card opens in place: its detail does not repeat the title, date and category', async () => {
    await setViewport({ width: 375, height: 800 });
    const t = await inArticle({ width: 375, attributes: { selected: '1950-01-30-diplomatic-relations' } });
    await t.ready(keyEvents.length);
    const detail = t.detail()!;
    expect(detail.closest('li')!.querySelector('[part~="card"]')).to.not.equal(null);
    expect(detail.innerText).to.not.contain('30 January 1950');
    expect(detail.innerText).to.not.contain('USSR and the Democratic Republic');
    await setViewport({ width: 800, height: 600 });
  });
});

describe('<vr-timeline> "Show all" and the legend', () => {
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('"Show all" shows the whole period and every category', async () => {
    const t = await inArticle({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    await t.click(t.legendItem('Diplomacy'));
    expect(t.el.categories).to.not.equal(null);
    t.el.zoomIn();
    await t.el.updateComplete;
    await t.click(t.button('Show all'));
    expect(t.el.categories).to.equal(null);
    expect(t.shownCount()).to.equal(vietnamRussiaMilestones.length);
  });

  it('hiding the selected milestone’s category closes its detail and fires vr-select with null', async () => {
    const t = await inArticle({ width: 1100 });
    await t.ready(vietnamRussiaMilestones.length);
    t.el.selected = '1950-01-30-diplomatic-relations';
    await t.el.updateComplete;
    expect(t.detail()).to.not.equal(null);
    const closed = nextEvent(t.el, 'vr-select');
    await t.click(t.legendItem('Diplomacy'));
    expect((await closed).detail.milestone).to.equal(null);
    expect(t.el.selected).to.equal(null);
    expect(t.detail()).to.equal(null);
  });
});

/** The describe block's tests run on an emulated touch screen (CDP: touch, `pointer: coarse`) of this size. */
function onATouchScreen(width: number, height: number): void {
  const touch = (enabled: boolean) => executeServerCommand('vr-touch', { enabled });
  before(async () => {
    await setViewport({ width, height });
    await touch(true);
  });
  after(async () => {
    await touch(false);
    await setViewport({ width: 800, height: 600 });
  });
}

describe('<vr-timeline> targets for fingers', () => {
  onATouchScreen(768, 1000);

  it('on a touch screen at 768 px every shown interactive element is at least 44 × 44 px, with a detail open, and axe finds no target-size violation', async () => {
    expect(matchMedia('(pointer: coarse)').matches, 'a coarse pointer').to.equal(true);
    const t = await inArticle({ width: 768, attributes: { selected: '1950-01-30-diplomatic-relations' } });
    await t.ready(keyEvents.length);
    expect(t.detail()).to.not.equal(null);
    const small = [...t.shadow().querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')]
      .filter((node) => node.getClientRects().length > 0 && !node.closest('.sr-only'))
      .map((node) => [node, node.getBoundingClientRect()] as const)
      .filter(([, box]) => box.width < 44 || box.height < 44)
      .map(([node, box]) => `${node.tagName.toLowerCase()}.${node.className} "${node.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(small, 'targets under 44 × 44 px').to.deep.equal([]);
    await expect(t.el).to.be.accessible();
    // axe's target-size (WCAG 2.2, 2.5.8) is off by default: run it on its own.
    const axe = (window as unknown as { axe: { run: (el: Element, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(t.el, { runOnly: ['target-size'] });
    expect(violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).to.deep.equal([]);
  });
});

describe('<vr-timeline> targets for fingers on a wide touch screen', () => {
  onATouchScreen(1280, 900);

  it('at 1280 px every marker, cluster and control is at least 44 × 44 px, and no two milestone targets overlap', async () => {
    // With 44 px lanes the track has fewer, so orientation="auto" may read the built-in data vertically: asked for the axis.
    const t = await inArticle({ width: 1248, attributes: { orientation: 'horizontal' } });
    await t.ready(vietnamRussiaMilestones.length);
    expect(t.cards(), 'horizontal').to.have.length(0);
    const boxes = t.markers().map((b) => b.getBoundingClientRect());
    const small = boxes.filter((b) => b.width < 44 || b.height < 44);
    expect(small.length, 'milestone targets under 44 × 44 px').to.equal(0);
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, j) => {
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          overlaps.push(`${t.markers()[i]!.dataset.key} × ${t.markers()[i + 1 + j]!.dataset.key}`);
      }),
    );
    expect(overlaps, 'overlapping targets').to.deep.equal([]);
    const controls = t.buttons().filter((b) => !b.classList.contains('marker') && b.getClientRects().length);
    expect(controls.filter((b) => b.getBoundingClientRect().height < 44).map((b) => b.textContent.trim())).to.deep.equal([]);
  });
});
