import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/csv/html-to-text.js';
import { normalizeCsv } from '../../src/csv/read-csv.js';
import { normalize, normalizeEras } from '../../src/model/normalize.js';

/** What the element does with a CSV: read it, normalize the rows, and locate the problems. */
const load = (text: string) => normalizeCsv(text, '', normalize);

const OURS = `id,date,end_date,title,title_vi,title_ru,description,category,importance,source_label,source_url,source_label_2,source_url_2
relations,1950-01-30,,Diplomatic relations,Thiết lập quan hệ ngoại giao,Установлены дипломатические отношения,"First paragraph, with a comma.

Second paragraph.",diplomacy,3,Nhân Dân,https://nhandan.vn/,TASS,https://tass.com/
soyuz,1980-07-23,1980-07-31,"Soyuz 37, with ""Pham Tuan""",,,,science,,,,,
bad-date,1950-02-30,,A day that never was,,,,,,,,,
evil,1960,,Script link,,,,,,click,javascript:alert(1),,
`;

const TIMELINEJS = `Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
,,,,,,,,,<b>Vietnam &amp; Russia</b>,<p>A century</p>,,,,,title,,
1950,1,30,,,,,,,Diplomatic <i>relations</i>,"<p>Moscow recognises the DRV.</p><p>Second &lt;b&gt; paragraph<br>with a break</p><script>alert(1)</script>",https://example.org/photo.jpg,TASS,<em>Signing</em>,,,Diplomacy,#fff
1980,7,23,,1980,7,31,,,Soyuz 37,,https://www.youtube.com/watch?v=x,,,,,Science Space,
1923,June,,,,,,,,Arrival in Petrograd,,,,,,,,
,,,,,,,,,No year at all,,,,,,,,
`;

describe('readCsv', () => {
  it('readCsv(our columns) reads languages, quoted commas, quotes and newlines, periods, importance and numbered sources', () => {
    const { milestones } = load(OURS);
    const relations = milestones.find((m) => m.id === 'relations')!;
    expect(relations.title).to.deep.equal({ und: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao', ru: 'Установлены дипломатические отношения' });
    expect(relations.description).to.equal('First paragraph, with a comma.\n\nSecond paragraph.');
    expect(relations.importance).to.equal(3);
    expect(relations.sources).to.deep.equal([
      { label: 'Nhân Dân', url: 'https://nhandan.vn/' },
      { label: 'TASS', url: 'https://tass.com/' },
    ]);
    const soyuz = milestones.find((m) => m.id === 'soyuz')!;
    expect([soyuz.title, soyuz.endDate]).to.deep.equal(['Soyuz 37, with "Pham Tuan"', '1980-07-31']);
  });

  it('readCsv(our columns) reads a date note in its languages and the date of the last change, and locates a wrong one', () => {
    const { milestones, problems } = load(`id,date,title,date_note,date_note_vi,updated
soyuz,1980-07-23,Soyuz 37,Moscow time; 24 July in Hanoi,Giờ Moskva; 24/7 ở Hà Nội,2026-02-13
late,1990,Late,,,next week
`);
    expect(milestones.map((m) => [m.id, m.dateNote, m.updated])).to.deep.equal([
      ['soyuz', { und: 'Moscow time; 24 July in Hanoi', vi: 'Giờ Moskva; 24/7 ở Hà Nội' }, '2026-02-13'],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.field])).to.deep.equal([[3, 'updated', 'updated']]);
  });

  it('a TimelineJS3 sheet with two era rows gives two eras, and an era row without its end is reported by row and column', () => {
    const sheet = `Year,Month,Day,End Year,End Month,End Day,Headline,Text,Type,Group
1950,1,30,,,,Diplomatic relations,,,Diplomacy
1950,,,1975,4,30,<b>The war years</b>,,era,
1975,5,,1991,12,,The Soviet alliance,,era,
1991,12,,,,,No end,,era,
`;
    const { milestones, eras, problems } = normalizeCsv(sheet, 'text/csv', normalize, normalizeEras);
    expect(milestones.map((m) => m.title)).to.deep.equal(['Diplomatic relations']);
    expect(eras!.map((e) => [e.start, e.end, e.label])).to.deep.equal([
      ['1950', '1975-04-30', 'The war years'],
      ['1975-05', '1991-12', 'The Soviet alliance'],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.field])).to.deep.equal([[5, 'End Year', 'eras[2].end']]);
  });

  it('our columns read a row of type era as an era, its title in each language its label', () => {
    const { eras, milestones } = normalizeCsv(
      `type,id,date,end_date,title,title_vi
era,partnership,2012-07,..,Comprehensive strategic partnership,Đối tác chiến lược toàn diện
,relations,1950-01-30,,Diplomatic relations,
`,
      'text/csv',
      normalize,
      normalizeEras,
    );
    expect(milestones).to.have.length(1);
    expect(eras).to.deep.equal([{ id: 'partnership', start: '2012-07', end: '..', label: { und: 'Comprehensive strategic partnership', vi: 'Đối tác chiến lược toàn diện' } }]);
  });

  it('readCsv names the spreadsheet row (header is row 1; a quoted newline stays in its row) and column of each problem, and keeps the valid rows', () => {
    const { milestones, problems } = load(OURS);
    expect(milestones.map((m) => m.id)).to.deep.equal(['relations', 'soyuz']);
    expect(problems.map((p) => [p.row, p.column])).to.deep.equal([
      [4, 'date'],
      [5, 'source_url'],
    ]);
    expect(problems[0]!.message).to.match(/^Row 4, column date: /);
  });

  it('readCsv reports a quote never closed, which swallowed the rows after it, and a column named twice (reliability review L1)', () => {
    const unclosed = load('id,date,title\nu-a,1950,"Unclosed quote\nu-b,1951,Second\nu-c,1952,Third\n');
    expect(unclosed.problems.map((p) => [p.row, p.message.slice(0, 40)])).to.deep.equal([[2, 'Row 2, column title: a quote (") is not ']]);
    const twice = load('id,date,title,title\na,1950,First,Second\n');
    expect(twice.problems.map((p) => p.message)).to.deep.equal(['Row 1: the column title appears twice; only the last is read.']);
    expect(load(OURS).problems.map((p) => p.row)).to.deep.equal([4, 5]);
  });

  it('readCsv(a TimelineJS3 sheet) takes the title row as the title, HTML as plain text, Group as category, images only', () => {
    const { milestones, title } = load(TIMELINEJS);
    expect(title).to.equal('Vietnam & Russia');
    const relations = milestones[0]!;
    expect(relations).to.include({ id: '1950-01-30-diplomatic-relations', date: '1950-01-30', title: 'Diplomatic relations', category: 'diplomacy' });
    expect(relations.description).to.equal('Moscow recognises the DRV.\n\nSecond <b> paragraph\nwith a break');
    expect(relations.media).to.deep.equal({ src: 'https://example.org/photo.jpg', alt: 'Signing', caption: 'Signing', credit: 'TASS' });
    const soyuz = milestones[1]!;
    // Any http(s) media: the element decides what it shows (here a link: the address names no video).
    expect([soyuz.date, soyuz.endDate, soyuz.category, soyuz.media]).to.deep.equal([
      '1980-07-23',
      '1980-07-31',
      'science-space',
      { src: 'https://www.youtube.com/watch?v=x', alt: 'Soyuz 37' },
    ]);
  });

  it('readCsv(a TimelineJS3 sheet) reports a month written as a word and a row without a year by row and column', () => {
    const { problems } = load(TIMELINEJS);
    expect(problems.map((p) => [p.row, p.column])).to.deep.equal([
      [5, 'Year'],
      [6, 'Year'],
    ]);
  });

  it('readCsv reports each kind of mistake in our columns with its row and column', () => {
    const { problems } = load(`id,date,end_date,title,category,importance,media_src,media_alt
Bad Id,1950,,A,,,,
ok-1,1950,1949,B,,,,
ok-2,1951,,,,,,
ok-3,1952,,D,Not A Slug,,,
ok-4,1953,,E,,7,,
ok-5,1954,,F,,,javascript:alert(1),x
good,1955,,G,,,,
good,1956,,H,,,,
`);
    expect(problems.map((p) => [p.row, p.column])).to.deep.equal([
      [2, 'id'],
      [3, 'end_date'],
      [4, 'title'],
      [5, 'category'],
      [6, 'importance'],
      [7, 'media_src'],
      [9, 'id'],
    ]);
  });

  it('readCsv of anything else names the columns it needs, and never throws', () => {
    expect(load('name,when\nx,1950').problems[0]!.message).to.contain('date and title');
    expect(load('').milestones).to.deep.equal([]);
    expect(load('"unclosed,quote\n').problems).to.have.length(1);
  });

  it('htmlToText is linear on hostile cells: unclosed "<", "<script" without its end (reliability review L4)', () => {
    // Time per run, over runs adding up to at least 20 ms (the browser's clock ticks in 0.1 ms), the least of
    // seven such windows: a busy machine only ever adds time, so the least is the work's own cost.
    const perRun = (f: () => unknown): number =>
      Math.min(
        ...Array.from({ length: 7 }, () => {
          let runs = 0;
          const t0 = performance.now();
          while (performance.now() - t0 < 20) {
            f();
            runs++;
          }
          return (performance.now() - t0) / runs;
        }),
      );
    // How much more sixteen times the input costs, against a plain linear pass over the same text (a regex replace
    // that copies it), which grows with the machine's caches and collector as any linear work does: about 1 for
    // linear work, 16 for quadratic (the old regexes rescanned to the end for every unclosed "<": 2.6 s at 210 KB).
    const growth = (f: (text: string) => unknown, small: string, large: string): number => perRun(() => f(large)) / perRun(() => f(small));
    const linear = (text: string) => text.replace(/[<>]/g, '_');
    for (const unit of ['<', '<script>x', '<style>a>b', '<b>x']) {
      const [small, large] = [unit.repeat(2_500), unit.repeat(40_000)];
      const relative = growth(htmlToText, small, large) / growth(linear, small, large);
      expect(relative, `${JSON.stringify(unit)}: × 40,000 against × 2,500, relative to a linear pass`).to.be.below(4);
    }
    expect(htmlToText('a < b')).to.equal('a < b');
    expect(htmlToText('x<script>never closed')).to.equal('xnever closed');
    expect(htmlToText('1<br class="x">2</li>3')).to.equal('1\n2\n\n3');
    expect(htmlToText('<script>a</script>b<style>c</style>d<script>e')).to.equal('bde');
  });

  it('htmlToText drops tags and script blocks, keeps paragraphs, decodes entities last', () => {
    expect(htmlToText('<p>Hà Nội &amp; <b>Moskva</b></p><p>2</p><script>alert(1)</script>')).to.equal('Hà Nội & Moskva\n\n2');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt; &#x1F600; &#99999999;')).to.equal('<img src=x onerror=alert(1)> 😀 &#99999999;');
  });
});
