import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { Era, Milestone } from '../../src/model/milestone.js';
import { normalize, normalizeEras } from '../../src/model/normalize.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { nextEvent, type TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

const table = (t: TimelineHarness) => t.shadow().querySelector<HTMLTableElement>('table[part="table"]');
/** The rows' titles, as the table shows them (top to bottom). */
const titles = (t: TimelineHarness) => [...t.shadow().querySelectorAll('tbody .row-title')].map((b) => b.textContent.trim());
const headers = (t: TimelineHarness) => [...table(t)!.querySelectorAll('thead th')];
const search = (t: TimelineHarness) => t.shadow().querySelector<HTMLInputElement>('input[part="search"]')!;
/** A table drawn with at least `n` rows. */
async function tableOf(t: TimelineHarness, n = 1): Promise<HTMLTableElement> {
  await waitUntil(() => table(t) && titles(t).length >= n, 'no table was drawn', { timeout: 5000 });
  return table(t)!;
}

const RUSSIAN: Milestone[] = [
  { id: 'visit', date: '1995-04-07', title: { en: 'Chernomyrdin visits Hanoi', ru: 'Визит Виктора Черномырдина в Ханой' } },
  { id: 'treaty', date: '1994-06-16', title: { en: 'Treaty signed', ru: 'Подписан договор' } },
  { id: 'partner', date: '2001-03-01', title: { en: 'Strategic partnership', ru: 'Стратегическое партнёрство' } },
];

describe('<vr-timeline> table mode', () => {
  it('mode="table" is a real table: a caption, column headers, a row per shown milestone in date order, sortable by date and by title (aria-sort)', async () => {
    const t = await mount({ width: 1100, attributes: { mode: 'table' } });
    const el = await tableOf(t, 50);
    expect(el.caption!.textContent.trim()).to.equal('Timeline of Vietnam–Russia relations. 50 milestones shown');
    expect(headers(t).map((th) => th.textContent.replace(/[↑↓]/g, '').trim())).to.deep.equal(['Date', 'Milestone', 'Category', 'Sources', 'Era']);
    expect(headers(t).map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['ascending', 'none', null, null, null]);
    expect(titles(t)[0]).to.equal('Nguyen Ai Quoc (Ho Chi Minh) arrives in Petrograd');
    expect(el.querySelectorAll('tbody th[scope="row"]')).to.have.length(50);
    // By title, then by title backwards; the date column says it no longer sorts.
    headers(t)[1]!.querySelector('button')!.click();
    await t.el.updateComplete;
    expect(
      headers(t)
        .map((th) => th.getAttribute('aria-sort'))
        .slice(0, 2),
    ).to.deep.equal(['none', 'ascending']);
    const byTitle = titles(t);
    expect(byTitle).to.deep.equal([...byTitle].sort(new Intl.Collator('en').compare));
    headers(t)[1]!.querySelector('button')!.click();
    await t.el.updateComplete;
    expect(headers(t)[1]!.getAttribute('aria-sort')).to.equal('descending');
    expect(titles(t)).to.deep.equal([...byTitle].reverse());
    // The eras' column names each row's era.
    const first = t.shadow().querySelector('button[data-key="1923-06-30-petrograd-arrival"]')!.closest('tr')!;
    expect(first.querySelector('td:last-child')!.textContent).to.equal('Before diplomatic relations');
  });

  it('the "Table" toggle in the bar switches between the timeline and the table, and says which is on (aria-pressed)', async () => {
    const t = await mount({ width: 1100, ready: 5 });
    const toggle = t.shadow().querySelector<HTMLButtonElement>('button.mode[part="controls"]')!;
    expect([toggle.textContent.trim(), toggle.getAttribute('aria-pressed')]).to.deep.equal(['Table', 'false']);
    toggle.click();
    await tableOf(t, 50);
    expect([t.el.mode, t.el.getAttribute('mode'), toggle.getAttribute('aria-pressed')]).to.deep.equal(['table', 'table', 'true']);
    expect(t.markers()).to.have.length(0);
    toggle.click();
    await t.ready(5);
    expect(table(t)).to.equal(null);
  });

  it('selecting a row opens its detail in a row under it, fires vr-select, and Escape returns focus to the row', async () => {
    const t = await mount({ width: 1100, attributes: { mode: 'table' } });
    await tableOf(t, 50);
    const selected = nextEvent(t.el, 'vr-select');
    const row = t.shadow().querySelector<HTMLButtonElement>('button.row-title[data-key="1978-11-03-friendship-treaty"]')!;
    row.focus();
    row.click();
    expect((await selected).detail.milestone!.id).to.equal('1978-11-03-friendship-treaty');
    await t.el.updateComplete;
    const detailRow = row.closest('tr')!.nextElementSibling!;
    expect(detailRow.classList.contains('detail-row')).to.equal(true);
    expect(detailRow.querySelector('[part~="detail"] h2')!.textContent).to.contain('Treaty of Friendship');
    expect(row.getAttribute('aria-expanded')).to.equal('true');
    t.shadow()
      .querySelector<HTMLElement>('[part~="detail"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await t.el.updateComplete;
    await waitUntil(() => t.el.selected === null && t.shadow().activeElement?.getAttribute('data-key') === '1978-11-03-friendship-treaty', 'focus did not return to the row');
  });

  it('query="ha noi" finds the milestones that mention "Hà Nội" in Vietnamese, in the table and on the timeline, and says how many', async () => {
    const t = await mount({ width: 1100, lang: 'vi', attributes: { mode: 'table', query: 'ha noi' } });
    await tableOf(t);
    const rows = titles(t);
    expect(rows.length).to.be.within(3, 49);
    await waitUntil(() => t.announcement() === `Đang hiển thị ${rows.length} mốc sự kiện`, `announced: ${t.announcement()}`);
    for (const key of [...t.shadow().querySelectorAll<HTMLElement>('tbody .row-title')].map((b) => b.dataset.key!)) {
      t.el.selected = key;
      await t.el.updateComplete;
      expect(t.detail()!.textContent.normalize('NFC'), key).to.match(/Hà Nội|Hà nội/);
    }
    t.el.selected = null;
    expect(search(t).value).to.equal('ha noi');
    // The timeline shows the same milestones.
    t.el.mode = 'timeline';
    await t.ready(rows.length);
    expect(t.shownCount()).to.equal(rows.length);
  });

  it('query="черномырдин" finds "Черномырдина", and "партнерство" finds "партнёрство" (ё as е); typing in the search box sets query', async () => {
    const t = await mount({ width: 1100, lang: 'ru', milestones: RUSSIAN, attributes: { mode: 'table', query: 'черномырдин' } });
    await tableOf(t);
    expect(titles(t)).to.deep.equal(['Визит Виктора Черномырдина в Ханой']);
    const input = search(t);
    input.value = 'партнерство';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await t.el.updateComplete;
    expect(t.el.query).to.equal('партнерство');
    await waitUntil(() => titles(t).length === 1 && titles(t)[0] === 'Стратегическое партнёрство', `rows: ${titles(t).join(' | ')}`);
    input.value = 'nothing like this';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await t.el.updateComplete;
    expect(titles(t)).to.deep.equal([]);
    expect(t.visibleText()).to.contain('По запросу ничего не найдено.');
  });

  it('the legend’s categories apply to the table too', async () => {
    const t = await mount({ width: 1100, attributes: { mode: 'table', categories: 'science' } });
    await tableOf(t);
    expect(titles(t)).to.have.length(2);
  });

  it('the downloaded CSV, fed back through src, gives the same milestones and eras; the JSON too', async () => {
    const files: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), create(blob));
    try {
      const t = await mount({ width: 1100, attributes: { mode: 'table' } });
      await tableOf(t, 50);
      const [csv, json] = [...t.shadow().querySelectorAll<HTMLButtonElement>('[part="download"] button')];
      expect([csv!.textContent, json!.textContent]).to.deep.equal(['CSV', 'JSON']);
      csv!.click();
      json!.click();
      expect(files.map((f) => f.type)).to.deep.equal(['text/csv;charset=utf-8', 'application/json;charset=utf-8']);
      const shown = normalize(JSON.parse(await files[1]!.text()));
      expect(shown.milestones).to.have.length(50);
      // Read back through src, from the file as the reader saved it.
      const back = await mount({ width: 1100, attributes: { src: create(files[0]!), mode: 'table' } });
      await tableOf(back, 50);
      const data = (back.el as unknown as { source: { milestones: Milestone[]; eras: Era[] } }).source;
      expect(data.milestones).to.deep.equal(shown.milestones);
      expect(data.eras).to.deep.equal(normalizeEras(JSON.parse(await files[1]!.text())).eras);
      expect(data.eras).to.have.length(6);
    } finally {
      URL.createObjectURL = create;
    }
  });

  it('is clean under axe at 1280 and at 375, where it shows date and title only', async () => {
    const wide = await mount({ width: 1100, attributes: { mode: 'table' } });
    await tableOf(wide, 50);
    await expect(wide.el).to.be.accessible();
    const narrow = await mount({ width: 375, attributes: { mode: 'table' } });
    await tableOf(narrow, 50);
    expect(headers(narrow).map((th) => th.textContent.replace(/[↑↓]/g, '').trim())).to.deep.equal(['Date', 'Milestone']);
    await expect(narrow.el).to.be.accessible();
  });

  it('a table of 10,000 milestones renders the rows near the viewport, and keeps its semantics (aria-rowcount, aria-rowindex)', async () => {
    const many: Milestone[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `m-${i}`, date: `${1900 + Math.floor(i / 100)}-01-01`, title: `Milestone ${i + 1}` }));
    const t = await mount({ width: 1100, milestones: many, attributes: { mode: 'table' } });
    const el = await tableOf(t, 10);
    expect(el.getAttribute('aria-rowcount')).to.equal('10001');
    expect(titles(t).length).to.be.below(200);
    expect(el.querySelector('tbody tr:not([aria-hidden])')!.getAttribute('aria-rowindex')).to.equal('2');
    expect(el.caption!.textContent).to.contain('10000 milestones shown');
  });
});
