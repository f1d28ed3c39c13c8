import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { textFor } from '../../src/model/localized-text.js';
import type { Milestone } from '../../src/model/milestone.js';
import { FIVE } from '../helpers/milestones.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { column, mount } from '../helpers/mount.js';
import { clusterSize, nextEvent, overlapping } from '../helpers/timeline-harness.js';

const inViewport = (el: Element) => {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight + 1 && box.height > 0;
};

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});
failOnLitWarnings();

describe('<vr-timeline> on a phone (vertical layout)', () => {
  it('at 375 px, expanded, shows one card per milestone with its date and whole title, each at least 44 px tall', async () => {
    const t = await mount({ width: 375, expanded: true });
    await t.ready(vietnamRussiaMilestones.length);
    const cards = t.cards();
    expect(cards).to.have.length(vietnamRussiaMilestones.length);
    expect(t.shadow().querySelector('.track')).to.equal(null);
    cards.forEach((card, i) => {
      const m = vietnamRussiaMilestones[i]!;
      expect(card.querySelector('.title')!.textContent.trim()).to.equal(textFor(m.title, 'en'));
      expect(card.getBoundingClientRect().height).to.be.at.least(44);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    });
    expect(cards[0]!.textContent).to.contain('30 June 1923');
    expect(cards[0]!.textContent).to.contain('Diplomacy');
  });

  it('cards never overlap and follow time: a long silence gets more room than a short one', async () => {
    const t = await mount({ width: 375, milestones: FIVE });
    await t.ready(5);
    const boxes = t.cards().map((c) => c.closest('li')!.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).to.be.at.least(boxes[i - 1]!.bottom);
    const gap = (i: number) => boxes[i]!.top - boxes[i - 1]!.bottom;
    expect(gap(1)).to.be.greaterThan(gap(4) - 30); // 27 years vs 31 years: both capped alike
    expect(t.shadow().querySelectorAll('.year').length).to.equal(5);
  });

  it('has no horizontal overflow at 320 px', async () => {
    const t = await mount({ width: 320, lang: 'vi', expanded: true });
    await t.ready(vietnamRussiaMilestones.length);
    expect(t.el.scrollWidth).to.be.at.most(320);
    expect(t.shadow().querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('a tap on a card opens its detail in place, in view, and fires vr-select', async () => {
    const t = await mount({ width: 375, milestones: FIVE });
    await t.ready(5);
    const card = t.cards()[3]!;
    card.scrollIntoView({ block: 'center' });
    const selected = nextEvent(t.el, 'vr-select');
    await t.mouseClick(card);
    expect((await selected).detail.milestone?.id).to.equal('d-1994');
    const detail = t.detail()!;
    expect(card.closest('li')!.contains(detail)).to.equal(true);
    // The card is its heading: the detail names itself by it (aria-labelledby) and does not show it again.
    expect(detail.querySelector('h2')!.textContent).to.equal('Treaty on friendly relations');
    expect(inViewport(card), 'the card').to.equal(true);
    expect(detail.getBoundingClientRect().top, 'the detail starts on screen').to.be.below(window.innerHeight);
    expect(card.getAttribute('aria-expanded')).to.equal('true');
  });

  it('ArrowDown and ArrowUp step through the cards; Escape closes the detail and returns focus to the card', async () => {
    const t = await mount({ width: 375, milestones: FIVE });
    await t.ready(5);
    t.cards()[0]!.focus();
    await t.press('ArrowDown');
    await t.press('ArrowDown');
    expect(t.focused()?.textContent).to.contain('Soyuz 37');
    await t.press('ArrowUp');
    expect(t.focused()?.textContent).to.contain('Diplomatic relations');
    await t.press('Enter');
    expect(t.detail()).to.not.equal(null);
    await t.press('Escape');
    expect(t.detail()).to.equal(null);
    expect(t.focused()?.textContent).to.contain('Diplomatic relations');
  });

  it('orientation="vertical" gives cards in a wide element, orientation="horizontal" an axis in a narrow one', async () => {
    const wide = await mount({ width: 1000, milestones: FIVE });
    wide.el.orientation = 'vertical';
    await wide.ready(5);
    expect(wide.cards()).to.have.length(5);
    const narrow = await mount({ width: 400, milestones: FIVE });
    narrow.el.orientation = 'horizontal';
    await narrow.el.updateComplete;
    await narrow.ready(5);
    expect(narrow.cards()).to.have.length(0);
    expect(narrow.shadow().querySelector('.track')).to.not.equal(null);
  });
});

describe('<vr-timeline> a long list on a phone', () => {
  const LONG: Milestone[] = Array.from({ length: 2000 }, (_, i) => ({
    id: `m-${i}`,
    date: `${1900 + Math.floor(i / 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Milestone ${i + 1}`,
  }));
  const posinset = (card: Element) => Number(card.closest('li')!.getAttribute('aria-posinset'));

  it('renders only the cards near the viewport, each with its place in the whole list', async () => {
    const t = await mount({ width: 375, milestones: LONG });
    await waitUntil(() => t.cards().length > 0, 'no card was drawn');
    expect(t.cards().length).to.be.below(200);
    const first = t.cards()[0]!;
    expect([posinset(first), first.closest('li')!.getAttribute('aria-setsize')]).to.deep.equal([1, '2000']);
    expect(t.el.shadowRoot!.querySelectorAll('li.spacer[aria-hidden="true"]')).to.have.length(2);
    await expect(t.el).to.be.accessible();
  });

  it('scrolling the page brings later cards in, and End steps to the last card, drawn and focused', async () => {
    const t = await mount({ width: 375, milestones: LONG });
    await waitUntil(() => t.cards().length > 0, 'no card was drawn');
    const list = t.el.shadowRoot!.querySelector('ol.spine')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 20_000);
    await waitUntil(() => t.cards().some((c) => posinset(c) > 100 && inViewport(c)), 'no later card came into view');
    const shown = t.cards().filter(inViewport).map(posinset);
    expect(Math.min(...shown)).to.be.above(100);
    t.cards().find(inViewport)!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => posinset(t.el.shadowRoot!.activeElement ?? t.cards()[0]!) === 2000, 'End did not focus the last card');
    expect(inViewport(t.el.shadowRoot!.activeElement!)).to.equal(true);
    window.scrollTo(0, 0);
  });

  it('moved in the page while a scroll check is pending, it still follows the scroll (reliability review M3)', async () => {
    const t = await mount({ width: 375, milestones: LONG });
    await waitUntil(() => t.cards().length > 0, 'no card was drawn');
    const other = await column({ width: 375 });
    t.el.milestones = [...LONG];
    await t.el.updateComplete; // the window's scroll check now waits for the next frame
    other.append(t.el); // moved (disconnected and connected) before that frame
    await t.el.updateComplete;
    const list = t.el.shadowRoot!.querySelector('ol.spine')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 20_000);
    await waitUntil(() => t.cards().some((c) => posinset(c) > 100 && inViewport(c)), 'the cards did not follow the scroll');
    window.scrollTo(0, 0);
  });

  it('a milestone selected far down the list is drawn with its detail open', async () => {
    const t = await mount({ width: 375, milestones: LONG });
    await waitUntil(() => t.cards().length > 0, 'no card was drawn');
    t.el.selected = 'm-1500';
    await t.el.updateComplete;
    const card = t.cards().find((c) => c.dataset.key === 'm-1500');
    expect(card, 'the selected card is drawn').to.exist;
    expect(card!.getAttribute('aria-expanded')).to.equal('true');
    expect(card!.closest('li')!.querySelector('.detail')).to.exist;
    window.scrollTo(0, 0);
  });
});

describe('<vr-timeline> wide layout targets', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px every milestone is a real box of at least 24 × 24 px whose centre no other milestone covers, and no label is cut', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    for (const button of t.markers()) {
      const box = button.getBoundingClientRect();
      expect(box.width, button.ariaLabel ?? '').to.be.at.least(24);
      expect(box.height, button.ariaLabel ?? '').to.be.at.least(24);
      const hit = t.hit(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('button') === button, `centre of ${button.ariaLabel ?? ''} is covered by ${hit?.closest('button')?.ariaLabel ?? hit?.className ?? 'nothing'}`).to.equal(
        true,
      );
    }
    const labels = t.labels();
    expect(labels.length).to.be.greaterThan(4);
    for (const label of labels) {
      expect(label.scrollWidth, label.textContent).to.be.at.most(label.clientWidth + 1);
      expect(label.scrollHeight, label.textContent).to.be.at.most(label.clientHeight + 1);
      expect(getComputedStyle(label).textOverflow).to.not.equal('ellipsis');
    }
  });

  it('a cluster shows its count and zooms to its members when activated', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    const cluster = t.clusters()[0]!;
    const count = clusterSize(cluster);
    expect(count).to.be.at.least(2);
    const changed = nextEvent(t.el, 'vr-view-change');
    await t.mouseClick(cluster);
    await changed;
    expect(t.shownCount()).to.be.at.least(count);
    expect(t.markers().length).to.be.greaterThan(1);
  });

  it('a cluster of milestones on one date zooms without error, then opens the first when it cannot come apart', async () => {
    const same: Milestone[] = [1, 2, 3].map((n) => ({ id: `same-${n}`, date: '1980-07-23', title: `Same day ${n}` }));
    const t = await mount({ width: 900, milestones: [...same, { id: 'later', date: '1990', title: 'Later' }] });
    await t.ready(4);
    const cluster = t.clusters()[0]!;
    await t.mouseClick(cluster);
    expect(t.el.viewEnd).to.match(/^1980-07-\d\d$/);
    const selected = nextEvent(t.el, 'vr-select');
    await t.mouseClick(t.clusters()[0]!);
    expect((await selected).detail.milestone?.id).to.equal('same-1');
    await t.mouseClick(t.nav('next'));
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Same day 2');
  });
});

describe('<vr-timeline> story stepping', () => {
  it('Next and Previous step in date order, are named with the neighbour, fire vr-select and keep focus on the button', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    await t.mouseClick(t.marker('Diplomatic relations'));
    expect(t.nav('previous').textContent).to.contain('Arrival in Petrograd');
    expect(t.nav('next').textContent).to.contain('Soyuz 37');
    const stepped = nextEvent(t.el, 'vr-select');
    await t.mouseClick(t.nav('next'));
    expect((await stepped).detail.milestone?.id).to.equal('c-1980');
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Soyuz 37');
    expect(t.focused() === t.nav('next')).to.equal(true);
    t.nav('next').focus();
    await sendKeys({ press: 'Enter' });
    await t.el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await t.el.updateComplete;
    await t.el.updateComplete;
    expect(t.el.selected).to.equal('e-2025');
    expect(t.nav('next').disabled).to.equal(true);
    expect(t.focused() === t.nav('previous')).to.equal(true);
  });

  it('stepping keeps the selected marker in view, and Escape returns focus to it', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.zoomTo('1949', '1952');
    t.el.selected = 'b-1950';
    await t.el.updateComplete;
    const moved = nextEvent(t.el, 'vr-view-change');
    await t.mouseClick(t.nav('next'));
    await moved;
    await t.el.updateComplete;
    expect(t.names().some((n) => n.includes('Soyuz 37'))).to.equal(true);
    await t.press('Escape');
    expect(t.detail()).to.equal(null);
    expect(t.focused()?.getAttribute('aria-label')).to.contain('Soyuz 37');
  });

  it('a milestone selected while it is inside a cluster is drawn as its own marker, selected', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    // At the default view it leads a titled cluster ("… +3"): no marker of its own.
    expect(t.markers().some((b) => b.part.contains('milestone') && b.ariaLabel!.startsWith('30 January 1950:'))).to.equal(false);
    t.el.selected = '1950-01-30-diplomatic-relations';
    await t.el.updateComplete;
    const marker = t.marker(/^30 January 1950:/);
    expect(marker.part.contains('milestone-selected')).to.equal(true);
    expect(t.detail()).to.not.equal(null);
  });

  it('a page that loads with selected= on a milestone in a cluster shows that milestone alone, once the width is known', async () => {
    const t = await mount({ width: 1280, attributes: { selected: '1950-01-30-diplomatic-relations' }, ready: 1 });
    await waitUntil(() => t.names().some((n) => n.startsWith('30 January 1950:')), 'the selected milestone stayed in its cluster');
    expect(t.marker(/^30 January 1950:/).part.contains('milestone-selected')).to.equal(true);
  });

  it('a step with the arrow keys is announced by focus alone, not also by the live region', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.markers()[0]!.focus();
    await t.press('ArrowRight');
    expect(t.focused()?.getAttribute('aria-label')).to.contain('Diplomatic relations');
    expect(t.announcement()).to.equal('');
  });
});

describe('<vr-timeline> legend', () => {
  it('lists each category present with its name and count; a toggle hides it and the categories attribute follows', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    const diplomacy = vietnamRussiaMilestones.filter((m) => m.category === 'diplomacy').length;
    expect(t.legendItem('Diplomacy').textContent).to.contain(String(diplomacy));
    expect(t.legendItem('People-to-people').getAttribute('aria-pressed')).to.equal('true');
    await t.mouseClick(t.legendItem('Diplomacy'));
    expect(t.legendItem('Diplomacy').getAttribute('aria-pressed')).to.equal('false');
    expect(t.el.getAttribute('categories')!.split(' ')).to.not.include('diplomacy');
    expect(t.shownCount()).to.equal(vietnamRussiaMilestones.length - diplomacy);
    await t.mouseClick(t.legendItem('Diplomacy'));
    expect(t.el.hasAttribute('categories')).to.equal(false);
    expect(t.shownCount()).to.equal(vietnamRussiaMilestones.length);
  });

  it('a hidden category keeps its whole shape, faded, on any page: no outline cut by the clip-path, no hole painted in a colour', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    t.el.categories = 'people';
    await t.el.updateComplete;
    const off = t.legendItems().filter((b) => b.getAttribute('aria-pressed') === 'false');
    expect(off).to.have.length(6);
    const on = getComputedStyle(t.legendItem('People-to-people').querySelector('.dot')!);
    for (const item of off) {
      const dot = item.querySelector('.dot')!;
      const shape = getComputedStyle(dot);
      const name = item.textContent.trim();
      // An outline or border on a clip-path'd shape is clipped to fragments.
      expect(shape.outlineStyle === 'none' || shape.outlineWidth === '0px', `${name}: outline`).to.equal(true);
      expect(shape.borderStyle === 'none' || shape.borderWidth === '0px', `${name}: border`).to.equal(true);
      expect(shape.backgroundColor, `${name}: the shape is filled in its colour`).to.not.match(/^rgba\(.*, 0\)$|^transparent$/);
      expect(Number(shape.opacity), `${name}: faded`).to.be.within(0.2, 0.5);
      expect(getComputedStyle(dot, '::after').content, `${name}: no hole`).to.equal('none');
      expect(getComputedStyle(item).borderStyle, `${name}: a dashed toggle`).to.equal('dashed');
    }
    expect(Number(on.opacity)).to.equal(1);
  });

  it('names the categories in Vietnamese and Russian', async () => {
    const vi = await mount({ width: 1280, lang: 'vi' });
    await vi.ready(vietnamRussiaMilestones.length);
    expect(vi.legendItem('Giao lưu nhân dân')).to.exist;
    const ru = await mount({ width: 1280, lang: 'ru' });
    await ru.ready(vietnamRussiaMilestones.length);
    expect(ru.legendItem('Народная дипломатия')).to.exist;
  });
});

describe('<vr-timeline> view contract', () => {
  it('viewStart and viewEnd read back the window after zoom, pan and reset, and setting them zooms', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    const all = [t.el.viewStart, t.el.viewEnd];
    expect(all[0]).to.match(/^19\d\d-\d\d-\d\d$/);
    await t.mouseClick(t.button('Zoom in'));
    const zoomed = [t.el.viewStart, t.el.viewEnd];
    expect(zoomed[0]! > all[0]!).to.equal(true);
    expect(t.wheel({ deltaX: 200 })).to.equal(true);
    await t.el.updateComplete;
    expect(t.el.viewStart > zoomed[0]!).to.equal(true);
    await t.mouseClick(t.button('Show all'));
    expect([t.el.viewStart, t.el.viewEnd]).to.deep.equal(all);
    t.el.viewStart = '1979-01-01';
    t.el.viewEnd = '1982-01-01';
    await t.el.updateComplete;
    expect([t.el.viewStart, t.el.viewEnd]).to.deep.equal(['1979-01-01', '1982-01-01']);
    expect(t.names()).to.have.length(1);
  });

  it('the built-in timeline opens on its data with a small margin: 1921–2027, no 2030 tick, and Show all announces that window', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    expect(t.el.viewStart > '1919-12-31', t.el.viewStart).to.equal(true);
    expect(t.el.viewStart < '1923-06-30', t.el.viewStart).to.equal(true);
    expect(t.el.viewEnd < '2028-01-01', t.el.viewEnd).to.equal(true);
    expect(t.el.viewEnd > '2025-09-30', t.el.viewEnd).to.equal(true);
    expect(t.ticks()).to.not.include('2030');
    t.el.zoomIn();
    await t.el.updateComplete;
    await t.mouseClick(t.button('Show all'));
    expect(t.announcement()).to.match(new RegExp(`^\\d+ \\w+ 1921 – \\d+ \\w+ 2027: ${vietnamRussiaMilestones.length} milestones$`));
  });

  it('pan stops at the data: a hundred Shift+wheel steps never report a year past the data', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.zoomIn();
    await t.el.updateComplete;
    for (let i = 0; i < 100; i++) t.wheel({ deltaY: 500, shiftKey: true });
    await t.el.updateComplete;
    expect(Number(t.el.viewEnd.slice(0, 4))).to.be.at.most(2030);
    expect(t.shownCount()).to.be.at.least(1);
    for (let i = 0; i < 100; i++) t.wheel({ deltaY: -500, shiftKey: true });
    await t.el.updateComplete;
    expect(Number(t.el.viewStart.slice(0, 4))).to.be.at.least(1918);
  });
});

describe('<vr-timeline> hash-sync', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('a #vr-<id> hash selects and reveals its milestone; selecting writes the hash', async () => {
    history.replaceState(null, '', '#vr-c-1980');
    const t = await mount({ width: 1280, attributes: { 'hash-sync': true }, milestones: FIVE, ready: 5 });
    await t.el.updateComplete;
    expect(t.el.selected).to.equal('c-1980');
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Soyuz 37');
    await t.mouseClick(t.marker('Diplomatic relations'));
    expect(location.hash).to.equal('#vr-b-1950');
    location.hash = '#vr-e-2025';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await t.el.updateComplete;
    expect(t.el.selected).to.equal('e-2025');
  });

  it('a hash the page arrived with survives while the built-in data loads, then selects its milestone', async () => {
    history.replaceState(null, '', '#vr-1980-07-23-pham-tuan-soyuz-37');
    const t = await mount({ width: 1280, attributes: { 'hash-sync': true } });
    await nextFrame();
    expect(location.hash).to.equal('#vr-1980-07-23-pham-tuan-soyuz-37');
    await t.ready(1);
    await waitUntil(() => t.el.selected === '1980-07-23-pham-tuan-soyuz-37', 'the hash did not select its milestone');
    expect(t.detail()!.querySelector('h2')!.textContent).to.contain('Soyuz 37');
    expect(location.hash).to.equal('#vr-1980-07-23-pham-tuan-soyuz-37');
  });

  it('without hash-sync the hash is left alone', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    await t.mouseClick(t.marker('Diplomatic relations'));
    expect(location.hash).to.equal('');
  });
});

describe('<vr-timeline> theme and name', () => {
  const luminance = (c: string) =>
    c
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0);

  it('without a theme it follows the page: light on a page that declares no color-scheme, even for a dark-mode reader', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    // It sits on the page's background: its text tells the scheme (dark text is the light theme).
    const t = await mount({ width: 800, milestones: FIVE });
    await t.ready(5);
    expect(luminance(getComputedStyle(t.el).color)).to.be.below(100);
    expect(getComputedStyle(t.el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // A forced theme may differ from the page's, so it paints the scheme's page colour behind itself.
    const auto = await mount({ width: 800, milestones: FIVE, theme: 'auto' });
    await auto.ready(5);
    expect(luminance(getComputedStyle(auto.el).color)).to.be.above(600);
    expect(luminance(getComputedStyle(auto.el).backgroundColor)).to.be.below(100);
    const page = await mount({ width: 800, style: 'color-scheme:dark', milestones: FIVE });
    expect(luminance(getComputedStyle(page.el).color)).to.be.above(600);
  });

  it('a dark red --vr-accent keeps source links at 4.5:1 in the dark theme', async () => {
    const t = await mount({ width: 900, style: '--vr-accent:#b71c1c', theme: 'dark', attributes: { selected: 'b-1950' }, milestones: FIVE, ready: 5 });
    const link = t.detail()!.querySelector('a')!;
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const rel = (c: string) => {
      const [r, g, b] = c.match(/\d+/g)!.map(Number) as [number, number, number];
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const [a, b] = [rel(getComputedStyle(link).color), rel(getComputedStyle(t.el).backgroundColor)];
    expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).to.be.at.least(4.5);
  });

  it('names the region "Timeline" for the page’s data, the Vietnam–Russia name for the built-in data, and the label attribute when given', async () => {
    const own = await mount({ width: 800, milestones: FIVE });
    await own.ready(5);
    expect(own.regionName()).to.equal('Timeline');
    const builtIn = await mount({ width: 800 });
    await builtIn.ready(10);
    expect(builtIn.regionName()).to.equal('Timeline of Vietnam–Russia relations');
    own.el.label = 'Our election night';
    await own.el.updateComplete;
    expect(own.regionName()).to.equal('Our election night');
  });
});

describe('<vr-timeline> the language of each passage', () => {
  it('marks a passage that falls back to English with lang="en" in a Vietnamese timeline, in both layouts (WCAG 3.1.2)', async () => {
    const data: Milestone[] = [
      { id: 'both', date: '1950', title: { en: 'Relations', vi: 'Quan hệ' }, description: { en: 'Text.', vi: 'Nội dung.' } },
      { id: 'english-only', date: '1980', title: { en: 'Soyuz 37' }, description: { en: 'Only in English.' } },
    ];
    for (const width of [1280, 375]) {
      const t = await mount({ width, milestones: data, lang: 'vi' });
      await t.ready(2);
      t.el.selected = 'english-only';
      await t.el.updateComplete;
      const detail = t.detail()!;
      expect(detail.querySelector('h2')!.getAttribute('lang')).to.equal('en');
      expect(detail.querySelector('p[lang="en"]')!.textContent).to.equal('Only in English.');
      t.el.selected = 'both';
      await t.el.updateComplete;
      expect(t.detail()!.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
      if (width === 375) expect(t.cards().map((c) => c.querySelector('.title')!.getAttribute('lang'))).to.deep.equal([null, 'en']);
    }
  });
});

describe('<vr-timeline> accessibility in both layouts', () => {
  for (const width of [1280, 375]) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe at ${width} px in ${theme}, with the detail closed and open`, async () => {
        const t = await mount({ width, theme, expanded: true });
        await t.ready(vietnamRussiaMilestones.length);
        await expect(t.el).to.be.accessible();
        t.el.selected = '1950-01-30-diplomatic-relations';
        await t.el.updateComplete;
        expect(t.detail()).to.not.equal(null);
        await expect(t.el).to.be.accessible();
      });
    }
  }
});

describe('<vr-timeline> robustness', () => {
  it('setting or removing categories as null or undefined shows every milestone and throws nothing', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.el.setAttribute('categories', 'science');
    await t.el.updateComplete;
    expect(t.shownCount()).to.equal(1);
    t.el.removeAttribute('categories');
    await t.el.updateComplete;
    expect(t.shownCount()).to.equal(5);
    (t.el as unknown as { categories: unknown }).categories = undefined;
    await t.el.updateComplete;
    t.el.categories = null;
    await t.el.updateComplete;
    expect(t.shownCount()).to.equal(5);
  });

  it('fires vr-data-error after the update, so a listener that sets new milestones is obeyed', async () => {
    await warningsOf(async () => {
      const t = await mount({
        width: 1000,
        beforeConnect: (el) => {
          el.addEventListener('vr-data-error', () => (el.milestones = FIVE), { once: true });
          el.milestones = [{ id: 'bad', date: 'never', title: 'Bad' }] as Milestone[];
        },
        ready: 5,
      });
      expect(t.shownCount()).to.equal(5);
      expect(t.error()).to.equal(null);
    });
  });

  it('a built-in dataset that fails to load fires vr-data-error with source built-in and shows the error', async () => {
    const VrTimeline = customElements.get('vr-timeline') as unknown as { builtInData: ((lang: string) => Promise<Milestone[]>) | null };
    const loader = VrTimeline.builtInData;
    VrTimeline.builtInData = () => Promise.reject(new Error('offline'));
    try {
      let failed: Promise<GlobalEventHandlersEventMap['vr-data-error']> | undefined;
      const warned = await warningsOf(async () => {
        const t = await mount({
          width: 1000,
          beforeConnect: (el) => {
            failed = nextEvent(el, 'vr-data-error');
          },
        });
        const { detail } = await failed!;
        await t.el.updateComplete;
        expect(detail.source).to.equal('built-in');
        expect(detail.problems[0]!.message).to.contain('offline');
        expect(t.error()?.getAttribute('role')).to.equal('alert');
      });
      expect(warned).to.have.length(1);
    } finally {
      VrTimeline.builtInData = loader;
    }
  });
});

describe('<vr-timeline> real wheel and touch input', () => {
  it('a plain wheel over the timeline scrolls the page and leaves the view alone', async () => {
    const t = await mount({ width: 900, style: 'padding-bottom:3000px', milestones: FIVE, ready: 5 });
    window.scrollTo(0, 0);
    const view = [t.el.viewStart, t.el.viewEnd];
    await t.realWheel({ deltaY: 200 });
    await waitUntil(() => window.scrollY > 0, 'the page did not scroll');
    expect([t.el.viewStart, t.el.viewEnd]).to.deep.equal(view);
    window.scrollTo(0, 0);
  });

  it('Ctrl+wheel zooms in around the pointer and Shift+wheel pans, each settling into one vr-view-change', async () => {
    const t = await mount({ width: 900, milestones: FIVE });
    await t.ready(5);
    const start = t.el.viewStart;
    const zoomed = nextEvent(t.el, 'vr-view-change');
    await t.realWheel({ deltaY: -300 }, ['Control']);
    const { detail } = await zoomed;
    expect(detail.start > start).to.equal(true);
    const panned = nextEvent(t.el, 'vr-view-change');
    await t.realWheel({ deltaY: 300 }, ['Shift']);
    expect((await panned).detail.start > detail.start).to.equal(true);
  });

  it('while a wheel zoom is under way labels ride with their markers in their lanes, and are laned again when it settles', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    // The label nearest the middle, where the wheel zooms in, so it stays in view.
    const middle = t.track().getBoundingClientRect().left + 640;
    const label = t.labels().sort((a, b) => Math.abs(a.getBoundingClientRect().left - middle) - Math.abs(b.getBoundingClientRect().left - middle))[0]!;
    const lanePx = () => label.getBoundingClientRect().bottom;
    const [bottom, width, x] = [lanePx(), label.getBoundingClientRect().width, label.getBoundingClientRect().left];
    const settled = nextEvent(t.el, 'vr-view-change');
    await t.realWheel({ deltaY: -60 }, ['Control']);
    await t.el.updateComplete;
    expect(label.isConnected, 'the label kept its node').to.equal(true);
    expect(lanePx()).to.equal(bottom);
    expect(label.getBoundingClientRect().width).to.be.closeTo(width, 0.01);
    expect(label.getBoundingClientRect().left).to.not.equal(x);
    await settled;
    await t.el.updateComplete;
    expect(overlapping(t.labelBoxes())).to.deep.equal([]);
  });

  it('two fingers moving apart zoom in', async () => {
    const t = await mount({ width: 900, milestones: FIVE });
    await t.ready(5);
    const span = Number(t.el.viewEnd.slice(0, 4)) - Number(t.el.viewStart.slice(0, 4));
    const changed = nextEvent(t.el, 'vr-view-change');
    await t.pinch(100, 300);
    await changed;
    expect(Number(t.el.viewEnd.slice(0, 4)) - Number(t.el.viewStart.slice(0, 4))).to.be.below(span / 2);
  });
});
