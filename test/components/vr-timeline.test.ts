import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { formatDateRange } from '../../src/i18n/format-date.js';
import { textFor } from '../../src/model/localized-text.js';
import type { DataProblem, Milestone } from '../../src/model/milestone.js';
import { FIVE } from '../helpers/milestones.js';
import { sendMouse } from '@web/test-runner-commands';
import { failOnLitWarnings, warnCallsOf, warningsOf } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { clusterSize, nextEvent, overlapping } from '../helpers/timeline-harness.js';

failOnLitWarnings();

describe('<vr-timeline> data', () => {
  it('shows the built-in Vietnam–Russia timeline when no data is given', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    expect(t.shownCount()).to.equal(vietnamRussiaMilestones.length);
    expect(t.names()[0]).to.equal('30 June 1923: Nguyen Ai Quoc (Ho Chi Minh) arrives in Petrograd');
  });

  it('shows the given milestones instead, in date order', async () => {
    const t = await mount({ width: 1280, milestones: [...FIVE].reverse() });
    await t.ready(5);
    expect(t.names()).to.deep.equal([
      '30 June 1923: Arrival in Petrograd',
      '30 January 1950: Diplomatic relations',
      `${formatDateRange('1980-07-23', '1980-07-31', 'en')}: Soyuz 37`,
      'June 1994: Treaty on friendly relations',
      '2025: People’s Forum',
    ]);
  });

  it('skips invalid milestones, reports them in one event and one warning, and still shows the valid ones', async () => {
    let reported: Promise<GlobalEventHandlersEventMap['vr-data-error']> | undefined;
    const warnings = await warnCallsOf(async () => {
      const t = await mount({
        width: 1000,
        milestones: [
          ...FIVE,
          { id: 'bad-date', date: '1950-02-30', title: 'Never' },
          { id: 'evil', date: '1960', title: 'Click', sources: [{ label: 'x', url: 'javascript:alert(1)' }] },
        ] as Milestone[],
        beforeConnect: (el) => {
          reported = nextEvent(el, 'vr-data-error');
        },
      });
      const event = await reported!;
      await t.ready(5);
      expect(event.detail.source).to.equal('property');
      expect(event.detail.problems.map((p: DataProblem) => [p.id, p.field])).to.deep.equal([
        ['bad-date', 'date'],
        ['evil', 'sources[0].url'],
      ]);
      expect(t.markers()).to.have.length(5);
      // The reader is not told: the event and the console are the editor's.
      expect(t.error()).to.equal(null);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('bad-date');
  });

  it('lang="constructor" or "__proto__" reads as English, with localized titles (reliability review L3)', async () => {
    for (const lang of ['constructor', '__proto__']) {
      const t = await mount({ width: 1280, attributes: { lang } });
      t.el.milestones = [{ id: 'a', date: '1950-01-30', title: { en: 'Relations', vi: 'Quan hệ' } }];
      await t.ready(1);
      expect(t.names(), lang).to.deep.equal(['30 January 1950: Relations']);
    }
  });

  it('renders text as text, never as HTML', async () => {
    const t = await mount({ width: 1280, milestones: [{ id: 'x', date: '2000', title: '<img src=x onerror="window.__hacked=1">Bold', description: '<b>not bold</b>' }] });
    await t.ready(1);
    await t.click(t.markers()[0]!);
    expect(t.el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(t.detail()!.textContent).to.contain('<b>not bold</b>');
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
  });
});

describe('<vr-timeline> dates', () => {
  it('shows 1950-01-30 as 30 January 1950 in a browser set to America/Los_Angeles', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    await t.click(t.marker('Diplomatic relations'));
    expect(t.detail()!.querySelector('time')!.textContent).to.equal('30 January 1950');
    expect(t.marker('Diplomatic relations').getAttribute('aria-label')).to.contain('30 January 1950');
  });

  it('a date with doubt and an ongoing period read as such: on the card, in the detail and in the accessible name', async () => {
    const doubtful = [
      { id: 'students', date: '1951~', title: 'First students' },
      { id: 'flight', date: '1980-07-23?', title: 'Soyuz 37' },
      { id: 'partnership', date: '2012-07', endDate: '..', title: 'Strategic partnership' },
    ];
    const vertical = await mount({ width: 375, milestones: doubtful, lang: 'ru' });
    await vertical.ready(3);
    expect(vertical.cards().map((c) => c.querySelector('time')!.textContent)).to.deep.equal([
      'Около 1951\u00a0г.',
      '23 июля 1980\u00a0г.\u00a0(?)',
      'Июль 2012\u00a0г. – настоящее время',
    ]);
    const track = await mount({ width: 1280, milestones: doubtful });
    await track.ready(3);
    expect(track.marker('First students').getAttribute('aria-label')).to.contain('c. 1951');
    expect(track.marker('Strategic partnership').getAttribute('aria-label')).to.contain('July 2012 – today');
    await track.click(track.marker('Soyuz 37'));
    expect(track.detail()!.querySelector('time')!.textContent).to.equal('23 July 1980\u00a0(?)');
  });

  it('the detail shows a milestone’s date note under its date, then the date of its last change and each correction, in the reader’s language', async () => {
    const revised: Milestone[] = [
      {
        id: 'flight',
        date: '1980-07-23',
        title: 'Soyuz 37',
        dateNote: { en: 'Moscow time; 24 July in Hanoi', ru: 'По московскому времени; в Ханое 24 июля' },
        updated: '2026-02-13',
        corrections: [{ date: '2026-02-13', text: { en: 'The launch date is Moscow time.', ru: 'Дата запуска указана по московскому времени.' } }],
      },
      { id: 'plain', date: '1990', title: 'Plain' },
    ];
    const t = await mount({ width: 1280, milestones: revised });
    await t.ready(2);
    await t.click(t.marker('Soyuz 37'));
    const lines = [...t.detail()!.querySelectorAll('p')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['23 July 1980', 'Moscow time; 24 July in Hanoi', 'Updated 13 February 2026', 'Correction, 13 February 2026: The launch date is Moscow time.']);
    const ru = await mount({ width: 375, milestones: revised, lang: 'ru', attributes: { selected: 'flight' } });
    await ru.ready(2);
    expect(ru.detail()!.innerText)
      .to.contain('По московскому времени; в Ханое 24 июля')
      .and.contain('Обновлено 13 февраля 2026\u00a0г.')
      .and.contain('Исправление от 13 февраля 2026\u00a0г.:');
  });

  it('labels the axis by decade when the whole century is shown', async () => {
    const t = await mount({ width: 600, milestones: FIVE });
    await t.ready(5);
    const years = t.ticks().map(Number);
    expect(years.length).to.be.greaterThan(3);
    expect(years.every((y) => y % 10 === 0)).to.equal(true);
  });
});

describe('<vr-timeline> labels', () => {
  for (const width of [1280, 600]) {
    it(`never overlap at ${width} px, and each shown label is a whole title (with "+N" when its marker holds more)`, async () => {
      const t = await mount({ width });
      t.el.orientation = 'horizontal';
      await t.ready(vietnamRussiaMilestones.length);
      const boxes = t.labelBoxes();
      expect(boxes.length).to.be.greaterThan(width === 1280 ? 4 : 2);
      expect(overlapping(boxes)).to.deep.equal([]);
      const titles = new Set(vietnamRussiaMilestones.map((m) => textFor(m.title, 'en')));
      for (const label of t.labels()) expect(titles.has(label.textContent.trim().replace(/ \+\d+$/, '')), label.textContent).to.equal(true);
    });
  }
});

describe('<vr-timeline> selection', () => {
  it('a click opens the detail with date, category, paragraphs and sources, and fires vr-select', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    const selected = nextEvent(t.el, 'vr-select');
    await t.click(t.marker('Diplomatic relations'));
    const event = await selected;
    expect(event.detail.milestone?.id).to.equal('b-1950');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(t.el.getAttribute('selected')).to.equal('b-1950');
    const detail = t.detail()!;
    expect(detail.querySelector('h2')!.textContent).to.equal('Diplomatic relations');
    expect(detail.textContent).to.contain('Diplomacy');
    expect([...detail.querySelectorAll('p:not(.meta)')].map((p) => p.textContent)).to.deep.equal(['First paragraph.', 'Second paragraph.']);
    const link = detail.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://example.org/one');
    expect(link.rel).to.contain('noopener');
    expect(t.marker('Diplomatic relations').getAttribute('aria-expanded')).to.equal('true');
    expect(t.announcement()).to.contain('Diplomatic relations');
  });

  it('setting selected opens the detail without firing vr-select', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    let fired = 0;
    t.el.addEventListener('vr-select', () => fired++);
    t.el.selected = 'c-1980';
    await t.el.updateComplete;
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Soyuz 37');
    expect(fired).to.equal(0);
  });

  it('select(id) of an unknown id reports it and throws nothing', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    const warnings = await warningsOf(async () => {
      t.el.select('no-such-id');
      await t.el.updateComplete; // an id is checked against the data at the next update
    });
    expect(warnings).to.have.length(1);
    expect(t.detail()).to.equal(null);
  });

  it('select(id) of an unknown id while a detail is open keeps that detail open, and reports the id', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.select('c-1980');
    await t.el.updateComplete;
    const warnings = await warningsOf(async () => {
      t.el.select('c-198O');
      await t.el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('c-198O');
    expect(t.el.selected).to.equal('c-1980');
    expect(t.detail()?.textContent).to.contain('Soyuz 37');
  });

  it('the close button closes the detail, fires vr-select with null and returns focus to the milestone, panned back into view', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    await t.click(t.marker('Soyuz 37'));
    const closed = nextEvent(t.el, 'vr-select');
    t.el.zoomTo('1990', '2000');
    await t.el.updateComplete;
    expect(t.names().some((n) => n.includes('Soyuz 37'))).to.equal(false);
    await t.mouseClick(t.detail()!.querySelector<HTMLButtonElement>('button.close')!);
    expect((await closed).detail.milestone).to.equal(null);
    expect(t.detail()).to.equal(null);
    expect(t.el.hasAttribute('selected')).to.equal(false);
    await t.el.updateComplete;
    expect(t.focused()?.getAttribute('aria-label'), 'focus returns to the milestone, panned back into view').to.contain('Soyuz 37');
  });
});

describe('<vr-timeline> keyboard', () => {
  it('has one tab stop in the milestones; ArrowRight and End move focus, Enter opens, Escape closes and returns focus', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    expect(t.markers().filter((b) => b.tabIndex === 0)).to.have.length(1);
    t.markers()[0]!.focus();
    await t.press('ArrowRight');
    expect(t.focused()?.getAttribute('aria-label')).to.contain('Diplomatic relations');
    await t.press('End');
    expect(t.focused()?.getAttribute('aria-label')).to.contain('People’s Forum');
    await t.press('ArrowLeft');
    await t.press('Enter');
    expect(t.detail()!.querySelector('h2')!.textContent).to.equal('Treaty on friendly relations');
    await t.press('Escape');
    expect(t.detail()).to.equal(null);
    expect(t.focused()?.getAttribute('aria-label')).to.contain('Treaty on friendly relations');
    expect(t.markers().filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('+ zooms in and 0 shows everything again, announcing the view', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.markers()[0]!.focus();
    const changed = nextEvent(t.el, 'vr-view-change');
    await t.press('+');
    const { detail } = await changed;
    expect(detail.start).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.markers().length).to.be.below(5);
    await t.press('0');
    await t.el.updateComplete;
    expect(t.markers()).to.have.length(5);
    expect(t.announcement()).to.match(/: 5 milestones$/);
  });
});

describe('<vr-timeline> zoom and pan', () => {
  it('leaves a plain vertical wheel to the page', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    expect(t.wheel({ deltaY: 120 })).to.equal(false);
  });

  it('zooms with Ctrl+wheel, so the axis shows finer ticks', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    const before = t.ticks();
    for (let i = 0; i < 3; i++) expect(t.wheel({ deltaY: -200, ctrlKey: true })).to.equal(true);
    await t.el.updateComplete;
    expect(t.ticks()).to.not.deep.equal(before);
    expect(t.ticks().every((label) => /^\d{4}$/.test(label))).to.equal(true);
    expect(Number(t.ticks()[1]) - Number(t.ticks()[0])).to.be.below(10);
  });

  it('pans with Shift+wheel and with a horizontal wheel', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.zoomIn();
    await t.el.updateComplete;
    const before = t.ticks();
    expect(t.wheel({ deltaY: 300, shiftKey: true })).to.equal(true);
    expect(t.wheel({ deltaX: 300 })).to.equal(true);
    await t.el.updateComplete;
    expect(t.ticks()).to.not.deep.equal(before);
  });

  it('a mouse drag pans the view, fires one vr-view-change and selects nothing', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    let changes = 0;
    let selects = 0;
    t.el.addEventListener('vr-view-change', () => changes++);
    t.el.addEventListener('vr-select', () => selects++);
    t.el.zoomTo('1930', '1970');
    await t.el.updateComplete;
    const box = t.marker('Diplomatic relations').querySelector('.dot')!.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    const before = t.marker('Diplomatic relations').closest('li')!.style.translate;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'move', position: [x + 120, y] });
    await sendMouse({ type: 'up' });
    await t.el.updateComplete;
    await t.el.updateComplete;
    expect(t.marker('Diplomatic relations').closest('li')!.style.translate).to.not.equal(before);
    expect(parseFloat(t.marker('Diplomatic relations').closest('li')!.style.translate) - parseFloat(before)).to.be.closeTo(120, 2);
    expect(changes).to.equal(1);
    expect(selects).to.equal(0);
    expect(t.detail()).to.equal(null);
  });

  it('the zoom buttons zoom and Show all resets, each firing vr-view-change', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    let events = 0;
    t.el.addEventListener('vr-view-change', () => events++);
    await t.click(t.button('Zoom in'));
    await t.click(t.button('Zoom in'));
    await t.el.updateComplete;
    expect(t.markers().length).to.be.below(5);
    await t.click(t.button('Show all'));
    await t.el.updateComplete;
    expect(t.markers()).to.have.length(5);
    expect(events).to.equal(3);
  });

  it('shows the year on the axis when zoomed to ten days, and the tick labels do not overlap', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.zoomTo('1983-04-28', '1983-05-08');
    await t.el.updateComplete;
    expect(t.ticks().length).to.be.greaterThan(3);
    expect(
      t.ticks().some((label) => label.includes('1983')),
      t.ticks().join(' | '),
    ).to.equal(true);
    const boxes = [...t.shadow().querySelectorAll('[part~="tick"]')].map((tick) => tick.getBoundingClientRect());
    expect(overlapping(boxes)).to.deep.equal([]);
  });

  it('zoomTo(start, end) shows only that window; bad dates are reported, not thrown', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    t.el.zoomTo('1979', '1981');
    await t.el.updateComplete;
    expect(t.names()).to.deep.equal([`${formatDateRange('1980-07-23', '1980-07-31', 'en')}: Soyuz 37`]);
    const warned = await warningsOf(() => t.el.zoomTo('soon', 'later'));
    expect(warned).to.have.length(1);
  });
});

describe('<vr-timeline> accessibility', () => {
  it('passes axe when loaded and with the detail open', async () => {
    const t = await mount({ width: 1280, milestones: FIVE });
    await t.ready(5);
    await expect(t.el).to.be.accessible();
    await t.click(t.marker('Diplomatic relations'));
    await expect(t.el).to.be.accessible();
  });

  it('is a list of milestones in date order for assistive technology', async () => {
    // Given out of order: the list a screen reader walks (DOM order, not screen position) is in date order.
    const t = await mount({ width: 1280, milestones: [FIVE[3]!, FIVE[0]!, FIVE[4]!, FIVE[2]!, FIVE[1]!] });
    await t.ready(5);
    const list = t.el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Milestones');
    // Spare nodes kept for gestures are hidden, so out of the accessibility tree.
    const items = [...list.querySelectorAll(':scope > li:not([hidden])')];
    expect(items).to.have.length(5);
    const years = items.map((li) => /\b(19|20)\d\d\b/.exec(li.querySelector('button')!.getAttribute('aria-label')!)![0]);
    expect(years).to.deep.equal(['1923', '1950', '1980', '1994', '2025']);
  });
});

describe('<vr-timeline> built-in dataset', () => {
  it('lets a reader open every milestone’s sources from its detail panel', async () => {
    const t = await mount({ width: 1280 });
    await t.ready(vietnamRussiaMilestones.length);
    for (const m of vietnamRussiaMilestones) {
      t.el.selected = m.id;
      await t.el.updateComplete;
      const links = [...t.detail()!.querySelectorAll<HTMLAnchorElement>('a[href]')];
      expect(
        links.map((a) => a.href),
        m.id,
      ).to.deep.equal(m.sources!.map((s) => new URL(s.url).href));
      expect(links.every((a) => a.target === '_blank' && a.rel.includes('noopener'))).to.equal(true);
    }
  });

  it('speaks Vietnamese when the page does', async () => {
    const t = await mount({ width: 1280, lang: 'vi', ready: vietnamRussiaMilestones.length });
    t.el.zoomTo('1950-01', '1950-03');
    await t.el.updateComplete;
    expect(t.names()).to.include('30/1/1950: Liên Xô và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao');
    expect(t.button('Phóng to')).to.exist;
  });
});

describe('<vr-timeline> in a hostile page', () => {
  it('keeps its own text styles and non-overlapping labels under the page’s CSS', async () => {
    const t = await mount({
      width: 1000,
      style: 'text-transform:uppercase;letter-spacing:6px;line-height:4;font-size:30px;text-align:right;white-space:pre',
      css: 'vr-timeline { letter-spacing: 8px; word-spacing: 20px; font-size: 40px; }',
      ready: vietnamRussiaMilestones.length,
    });
    const label = t.labels()[0]!;
    const style = getComputedStyle(label);
    expect([style.textTransform, style.letterSpacing, style.fontSize]).to.deep.equal(['none', 'normal', '14px']);
    expect(overlapping(t.labelBoxes())).to.deep.equal([]);
  });
});

describe('<vr-timeline> options', () => {
  it('categories="science energy" shows only those categories', async () => {
    const t = await mount({ width: 1280, attributes: { categories: 'science energy' }, ready: 3 });
    const expected = vietnamRussiaMilestones.filter((m) => m.category === 'science' || m.category === 'energy');
    expect(t.shownCount()).to.equal(expected.length);
  });

  it('view-start and view-end set the visible window', async () => {
    const t = await mount({ width: 1280, attributes: { 'view-start': '1978', 'view-end': '1981-12' }, ready: 3 });
    expect(t.names().every((n) => /19(78|79|80|81)/.test(n))).to.equal(true);
    expect(t.names().some((n) => n.includes('Pham Tuan'))).to.equal(true);
  });

  it('theme="dark" draws light text on a dark background', async () => {
    const t = await mount({ width: 800, theme: 'dark', milestones: FIVE, ready: 5 });
    const luminance = (c: string) =>
      c
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number)
        .reduce((a, b) => a + b, 0);
    expect(luminance(getComputedStyle(t.el).backgroundColor)).to.be.below(100);
    expect(luminance(getComputedStyle(t.labels()[0]!).color)).to.be.above(600);
  });
});

describe('<vr-timeline> at scale', () => {
  it('draws 10,000 milestones with fewer than 2,000 elements, clustering what is too close', async () => {
    const many: Milestone[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m-${i}`,
      date: `${1900 + Math.floor(i / 100)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Milestone ${i}`,
      importance: ((i % 3) + 1) as 1 | 2 | 3,
    }));
    const t = await mount({ width: 1280, milestones: many });
    await t.ready(1);
    const elements = t.el.shadowRoot!.querySelectorAll('*').length;
    expect(elements).to.be.below(2000);
    const clusters = t.markers().filter((b) => b.getAttribute('part') === 'cluster' && !b.querySelector('[part~="label"]'));
    expect(clusters.length).to.be.greaterThan(0);
    expect(clusters[0]!.getAttribute('aria-label')).to.match(/^\d+ milestones, .* Zoom in to see them\.$/);

    const biggest = Math.max(...clusters.map(clusterSize));
    expect(biggest, 'a cluster holds more than 99').to.be.above(99);
    expect(
      clusters.filter((c) => clusterSize(c) > 99).every((c) => c.querySelector('.dot')!.textContent === '99+'),
      'a badge over 99 reads 99+',
    ).to.equal(true);
    const zoomed = nextEvent(t.el, 'vr-view-change');
    await t.click(clusters[0]!);
    const { detail } = await zoomed;
    expect(Number(detail.end.slice(0, 4)) - Number(detail.start.slice(0, 4))).to.be.below(10);
    await t.el.updateComplete;
    expect(Math.max(1, ...t.clusters().map(clusterSize))).to.be.below(biggest);
  });
});
