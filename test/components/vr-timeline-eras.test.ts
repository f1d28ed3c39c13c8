import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VrDataErrorDetail } from '../../src/components/events.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { nextEvent, type TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

/** The eras' names under the horizontal axis, as a screen reader reads each (name, dates). */
const bandNames = (t: TimelineHarness) => [...t.shadow().querySelectorAll('ol.eras > li[part="era"]')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
/** The eras' headings on the vertical spine: name and dates. */
const headings = (t: TimelineHarness) => [...t.shadow().querySelectorAll('h3[part="era"]')].map((h) => h.textContent.replace(/\s+/g, ' ').trim());
const erasDrawn = (t: TimelineHarness, n: number) => waitUntil(() => t.shadow().querySelectorAll('[part="era"]').length >= n, `fewer than ${n} eras drawn`);

describe('<vr-timeline> eras', () => {
  it('the built-in data draws its six eras at 1280: bands under the axis, whole names that never cover a title, and their dates for screen readers', async () => {
    const t = await mount({ width: 1100, ready: 5 });
    await erasDrawn(t, 6);
    const names = bandNames(t);
    expect(names).to.have.length(6);
    expect(names[1]).to.equal('Years of war in Vietnam, 30 January 1950 – 29 April 1975');
    expect(names[5]).to.match(/^Comprehensive strategic partnership, 27 July 2012 – today$/);
    const track = t.shadow().querySelector('.track')!.getBoundingClientRect();
    const labels = [...t.shadow().querySelectorAll<HTMLElement>('.track .label')].map((l) => l.getBoundingClientRect());
    expect(labels.length).to.be.above(3);
    for (const li of t.shadow().querySelectorAll<HTMLElement>('ol.eras > li')) {
      const box = li.getBoundingClientRect();
      expect(box.top, 'an era name below the track').to.be.at.least(track.bottom - 0.5);
      for (const label of labels) expect(box.top >= label.bottom || box.bottom <= label.top, 'an era name over a title').to.equal(true);
      // A name shown is whole: within its band, on at most two lines.
      const name = li.querySelector('span')!;
      if (name.classList.contains('sr-only')) continue;
      const text = name.getBoundingClientRect();
      expect(text.right, li.textContent).to.be.at.most(box.right + 0.5);
      expect(text.height, li.textContent).to.be.at.most(2 * 14 + 1);
    }
    // At the default view most names show; the bands behind the track say nothing to screen readers.
    expect(t.shadow().querySelectorAll('ol.eras > li > span:first-child:not(.sr-only)').length).to.be.at.least(4);
    expect(t.shadow().querySelector('.era-bands')!.getAttribute('aria-hidden')).to.equal('true');
    expect(t.shadow().querySelectorAll('.era-band')).to.have.length(6);
    await expect(t.el).to.be.accessible();
  });

  it('the eras’ names and bands keep their contrast in the dark theme (axe)', async () => {
    const t = await mount({ width: 1100, theme: 'dark', style: 'background:#121212;color-scheme:dark', ready: 5 });
    await erasDrawn(t, 6);
    await expect(t.el).to.be.accessible();
  });

  it('zoomed in on 1978–1990, only the eras of that window are drawn, the one that fills it with its name shown', async () => {
    const t = await mount({ width: 1100, ready: 5 });
    await erasDrawn(t, 6);
    t.el.zoomTo('1978', '1990');
    await t.el.updateComplete;
    expect(bandNames(t).map((n) => n.split(',')[0])).to.deep.equal(['Reunified Vietnam and the USSR']);
    expect(t.shadow().querySelector('ol.eras > li > span')!.classList.contains('sr-only')).to.equal(false);
  });

  it('on a phone the spine carries a heading for each era above the card of its first milestone, in the reader’s language', async () => {
    const t = await mount({ width: 375, lang: 'vi', ready: 3 });
    await erasDrawn(t, 5);
    const heads = headings(t);
    expect(heads[0]).to.match(/^Trước khi thiết lập quan hệ ngoại giao 30\/6\/1923 – 29\/1\/1950$/);
    expect(heads.some((h) => h.startsWith('Đối tác chiến lược toàn diện'))).to.equal(true);
    // The heading sits in the card's list item, above the card.
    const head = t.shadow().querySelector('h3[part="era"]')!;
    const card = head.closest('li')!.querySelector('button.card')!;
    expect(head.getBoundingClientRect().bottom).to.be.at.most(card.getBoundingClientRect().top);
    expect(t.shadow().querySelector('ol.eras')).to.equal(null);
    await expect(t.el).to.be.accessible();
  });

  it('a TimelineJS3 sheet with two era rows draws two bands', async () => {
    const t = await mount({ width: 1100, attributes: { src: '/test/fixtures/timelinejs-eras.csv' }, ready: 3 });
    await erasDrawn(t, 2);
    expect(bandNames(t).map((n) => n.split(',')[0])).to.deep.equal(['The war years', 'The Soviet years']);
    expect(t.shadow().querySelectorAll('.era-band')).to.have.length(2);
    expect(t.names()).to.have.length(3);
  });

  it('{ milestones, eras } from src draws its eras; a bad era is left out and reported by its field, once, and the rest still show', async () => {
    const warned = await warningsOf(async () => {
      let detail: VrDataErrorDetail | undefined;
      const t = await mount({
        width: 1100,
        attributes: { src: '/test/fixtures/eras.json' },
        beforeConnect: (el) => void nextEvent(el, 'vr-data-error').then((event) => (detail = event.detail)),
        ready: 3,
      });
      await erasDrawn(t, 3);
      expect(bandNames(t).map((n) => n.split(',')[0])).to.deep.equal(['The war years', 'The Soviet years', 'Partnership']);
      await waitUntil(() => detail, 'no vr-data-error');
      expect(detail!.source).to.equal('src');
      expect(detail!.problems).to.have.length(1);
      expect(detail!.problems[0]).to.include({ index: 2, id: 'bad', field: 'eras[2].end' });
    });
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('eras[2]: end "1999" is before start "2001"').and.not.contain('milestone(s) left out');
  });

  it('inline JSON with eras draws them too', async () => {
    const data = {
      milestones: [
        { id: 'a', date: '1960', title: 'A' },
        { id: 'b', date: '1980', title: 'B' },
      ],
      eras: [{ id: 'e', start: '1955', end: '1985', label: 'An era' }],
    };
    const t = await mount({ width: 1100, children: `<script type="application/json">${JSON.stringify(data)}</script>`, ready: 2 });
    await erasDrawn(t, 1);
    expect(bandNames(t)[0]).to.match(/^An era, 1955–1985$/);
  });

  it('the eras property replaces the data’s eras, and a bad one is reported with its field', async () => {
    const warned = await warningsOf(async () => {
      const t = await mount({ width: 1100, attributes: { src: '/test/fixtures/eras.json' }, ready: 3 });
      await erasDrawn(t, 3);
      const reported = nextEvent(t.el, 'vr-data-error');
      t.el.eras = [
        { id: 'one', start: '1960', end: '1990', label: 'Mine' },
        { id: 'Bad Id', start: '1960', end: '1990', label: 'Not mine' },
      ];
      const { detail } = await reported;
      expect(detail).to.deep.include({ source: 'property' });
      expect(detail.problems[0]).to.include({ index: 1, field: 'eras[1].id' });
      await waitUntil(() => bandNames(t).length === 1, 'the property’s eras were not drawn');
      expect(bandNames(t)[0]).to.match(/^Mine,/);
      t.el.eras = undefined;
      await erasDrawn(t, 3);
    });
    // The file's bad era, then the property's.
    expect(warned).to.have.length(2);
    expect(warned[1]).to.contain('eras[1]: id must be');
  });
});
