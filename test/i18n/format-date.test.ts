import { expect } from '@open-wc/testing';
import { dateLabel, formatCalendarDate, formatDateRange, formatTick } from '../../src/i18n/format-date.js';
import { resolveLang, stringsFor } from '../../src/i18n/strings.js';
import { utcMs } from '../helpers/milestones.js';

describe('formatCalendarDate', () => {
  it('runs in a time zone far from UTC (the browser is set to one)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['America/Los_Angeles', 'Asia/Tokyo']).to.include(zone);
  });

  it('formatCalendarDate("1950-01-30", "en") is 30 January 1950 in this time zone', () => {
    expect(formatCalendarDate('1950-01-30', 'en')).to.equal('30 January 1950');
  });

  it('formatCalendarDate formats at the precision of the date', () => {
    expect(formatCalendarDate('1923-06', 'en')).to.equal('June 1923');
    expect(formatCalendarDate('1923', 'en')).to.equal('1923');
  });

  it('formatCalendarDate speaks Vietnamese and Russian', () => {
    expect(formatCalendarDate('1950-01-30', 'vi')).to.contain('30').and.contain('1950');
    expect(formatCalendarDate('1923-06', 'ru')).to.match(/июн.*1923/);
  });

  it('formatCalendarDate writes Vietnamese dates as Vietnamese newsrooms do: 30/1/1950, tháng 6/1923', () => {
    expect(formatCalendarDate('1950-01-30', 'vi')).to.equal('30/1/1950');
    expect(formatCalendarDate('1923-06', 'vi')).to.equal('tháng 6/1923');
    expect(formatCalendarDate('1979', 'vi')).to.equal('1979');
    expect(formatDateRange('2024-06-19', '2024-06-20', 'vi')).to.equal('19–20/6/2024');
    expect(formatDateRange('2001-02-28', '2001-03-02', 'vi')).to.equal('28/2–2/3/2001');
    expect(formatDateRange('1979-06', '1985-05-09', 'vi')).to.equal('tháng 6/1979 – 9/5/1985');
    expect(formatDateRange('2019-05-22', '2020', 'vi')).to.equal('22/5/2019 – 2020');
    expect(formatDateRange('2024', '2029', 'vi')).to.equal('2024–2029');
    expect(formatTick(utcMs('1979-06-01'), 'month', 'vi')).to.equal('6/1979');
    expect(formatTick(utcMs('1970-01-01'), 'decade', 'vi')).to.equal('1970');
    expect(formatTick(utcMs('1979-01-01'), 'year', 'vi')).to.equal('1979');
    expect(formatTick(utcMs('1980-07-23'), 'day', 'vi')).to.equal('23/7');
  });

  it('writes English and Russian dates as ICU does, month by month, without ICU (but for the no-break space before "г.")', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `1979-${String(m).padStart(2, '0')}`;
      for (const [lang, locale] of [
        ['en', 'en-GB'],
        ['ru', 'ru'],
      ] as const) {
        const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(utcMs(`${iso}-23`));
        // ICU puts an ordinary space before "г.", where a narrow line could break; ours is a no-break space.
        const ours = (date: string) => formatCalendarDate(date, lang).replace(/\u00a0г\./, ' г.');
        expect(ours(`${iso}-23`), iso).to.equal(intl({ year: 'numeric', month: 'long', day: 'numeric' }));
        expect(ours(iso), iso).to.equal(intl({ year: 'numeric', month: 'long' }));
      }
    }
    expect(formatTick(utcMs('1979-09-01'), 'month', 'en')).to.equal('Sept 1979');
    expect(formatTick(utcMs('1979-05-23'), 'day', 'ru')).to.equal('23 мая');
  });

  it('writes ranges once where the dates agree, with an en dash', () => {
    expect(formatDateRange('2001-02-28', '2001-03-02', 'en')).to.equal('28 February – 2 March 2001');
    expect(formatDateRange('2001-02-28', '2001-03-02', 'ru')).to.equal('28 февраля – 2 марта 2001\u00a0г.');
    expect(formatDateRange('2000-12-30', '2001-01-02', 'ru')).to.equal('30 декабря 2000\u00a0г. – 2 января 2001\u00a0г.');
    expect(formatDateRange('1979-06', '1979-08', 'en')).to.equal('June–August 1979');
    expect(formatDateRange('1979-06', '1979-08', 'ru')).to.equal('июнь–август 1979\u00a0г.');
    expect(formatDateRange('2019-05-22', '2020', 'ru')).to.equal('22 мая 2019\u00a0г. – 2020\u00a0г.');
  });

  it('falls back to Intl for a language without a table', () => {
    expect(formatCalendarDate('1950-01-30', 'de')).to.equal('30. Januar 1950');
    expect(formatDateRange('1980-07-23', '1980-07-31', 'de').replace(/\s/g, '')).to.equal('23.–31.Juli1980');
  });

  it('formatDateRange shares what two dates of one precision have in common', () => {
    const spaced = (s: string) => s.replace(/\s+/g, ' ');
    expect(spaced(formatDateRange('1980-07-23', '1980-07-31', 'en'))).to.match(/^23 ?– ?31 July 1980$/);
    expect(spaced(formatDateRange('1980-07-23', '1980-07-31', 'ru'))).to.match(/^23 ?– ?31 июля 1980 г\.$/);
    expect(spaced(formatDateRange('2024', '2029', 'en'))).to.match(/^2024 ?– ?2029$/);
  });

  it('formatDateRange writes both dates in full when their precisions differ', () => {
    expect(formatDateRange('1979-06', '1985-05-09', 'en')).to.equal('June 1979 – 9 May 1985');
  });

  it('formatTick labels a day tick with its UTC day', () => {
    expect(formatTick(utcMs('1980-07-23'), 'day', 'en')).to.equal('23 Jul');
  });

  it('formatTick(time, "day", lang, true) adds the year to a day tick, in each language', () => {
    const time = utcMs('1983-04-28');
    expect(formatTick(time, 'day', 'en', true)).to.equal('28 Apr 1983');
    expect(formatTick(time, 'day', 'vi', true)).to.equal('28/4/1983');
    expect(formatTick(time, 'day', 'ru', true)).to.equal('28 апр. 1983');
    expect(formatTick(time, 'day', 'de', true)).to.contain('1983');
    expect(formatTick(time, 'day', 'de')).to.not.contain('1983');
    expect(formatTick(time, 'month', 'en', false)).to.equal('Apr 1983');
  });
});

describe('dates with doubt and ongoing periods (EDTF qualifiers and ..)', () => {
  it('an approximate date reads "c. 1951", "khoảng năm 1951", "около 1951 г.", at every precision', () => {
    const cases: [string, string, string, string][] = [
      ['1951~', 'c. 1951', 'khoảng năm 1951', 'около 1951\u00a0г.'],
      ['1923-06~', 'c. June 1923', 'khoảng tháng 6/1923', 'около июня 1923\u00a0г.'],
      ['1957-05-20~', 'c. 20 May 1957', 'khoảng ngày 20/5/1957', 'около 20 мая 1957\u00a0г.'],
    ];
    for (const [date, en, vi, ru] of cases)
      expect(
        ['en', 'vi', 'ru'].map((lang) => formatCalendarDate(date, lang)),
        date,
      ).to.deep.equal([en, vi, ru]);
  });

  it('an uncertain date carries "(?)", and one both approximate and uncertain carries both', () => {
    // A no-break space keeps "(?)" with its date.
    expect(formatCalendarDate('1957-05-20?', 'en')).to.equal('20 May 1957\u00a0(?)');
    expect(formatCalendarDate('1957-05-20?', 'ru')).to.equal('20 мая 1957\u00a0г.\u00a0(?)');
    expect(formatCalendarDate('1951%', 'vi')).to.equal('khoảng năm 1951\u00a0(?)');
  });

  it('an ongoing period runs "2012 – today", "2012 – nay", "2012 г. – настоящее время"; a range with doubt is written in full', () => {
    expect(['en', 'vi', 'ru'].map((lang) => formatDateRange('2012', '..', lang))).to.deep.equal(['2012 – today', '2012 – nay', '2012\u00a0г. – настоящее время']);
    expect(formatDateRange('1980-07-23?', '1980-07-31', 'en')).to.equal('23 July 1980\u00a0(?) – 31 July 1980');
    expect(formatDateRange('1951~', '1953', 'en')).to.equal('c. 1951 – 1953');
  });

  it('a date that starts a line: English keeps "c." lower case; Russian and Vietnamese capitalise their word', () => {
    expect(['en', 'vi', 'ru'].map((lang) => dateLabel('1951~', undefined, lang))).to.deep.equal(['c. 1951', 'Khoảng năm 1951', 'Около 1951\u00a0г.']);
  });
});

describe('dates as a Russian or Vietnamese newsroom writes them (dataset review 2, §4)', () => {
  it('a Russian year carries “г.” as day and month dates do, so a range never mixes the two styles', () => {
    expect(formatDateRange('2019-05-22', '2020', 'ru')).to.equal('22 мая 2019\u00a0г. – 2020\u00a0г.');
    expect(formatCalendarDate('1951', 'ru')).to.equal('1951\u00a0г.');
    // No line starts with "г.": every Russian date joins it to its year.
    expect(['1950-01-30', '1950-02', '1951', '1951~', '1923-06~'].map((d) => formatCalendarDate(d, 'ru')).every((text) => /\d\u00a0г\.$/.test(text))).to.equal(true);
    // A range of years stays bare on a label; English and Vietnamese years are numbers.
    expect(formatDateRange('2024', '2029', 'ru')).to.equal('2024–2029');
    expect(formatCalendarDate('1951', 'en')).to.equal('1951');
    expect(formatCalendarDate('1951', 'vi')).to.equal('1951');
    expect(formatDateRange('2019-05-22', '2020', 'vi')).to.equal('22/5/2019 – 2020');
  });

  it('a date that starts a line starts with a capital in every language; inside a sentence it stays lower case', () => {
    expect(dateLabel('1950-02', undefined, 'ru')).to.equal('Февраль 1950\u00a0г.');
    expect(dateLabel('1950-02', undefined, 'vi')).to.equal('Tháng 2/1950');
    expect(dateLabel('1979-06', '1979-08', 'vi')).to.equal('Tháng 6–8/1979');
    expect(dateLabel('1950-02', undefined, 'en')).to.equal('February 1950');
    expect(dateLabel('1950-01-30', undefined, 'ru')).to.equal('30 января 1950\u00a0г.');
    expect(formatCalendarDate('1950-02', 'ru')).to.equal('февраль 1950\u00a0г.');
  });

  it('English ticks abbreviate months to three letters, September to four', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatTick(Date.UTC(1979, i, 1), 'month', 'en'));
    expect(months).to.deep.equal(['Jan 1979', 'Feb 1979', 'Mar 1979', 'Apr 1979', 'May 1979', 'Jun 1979', 'Jul 1979', 'Aug 1979', 'Sept 1979', 'Oct 1979', 'Nov 1979', 'Dec 1979']);
  });
});

describe('UI strings', () => {
  it('resolveLang falls back to English for languages without strings', () => {
    expect(resolveLang('vi-VN')).to.equal('vi');
    expect(resolveLang('fr')).to.equal('en');
    expect(resolveLang(undefined)).to.equal('en');
    // Keys every object inherits are not languages (reliability review L3).
    for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(resolveLang(lang), lang).to.equal('en');
  });

  it('Russian counts use the plural rules (1, 2, 5, 21)', () => {
    const ru = stringsFor('ru');
    expect([1, 2, 5, 21].map((n) => ru.clusterName(n, 'a', 'b').split(',')[0])).to.deep.equal(['1 событие', '2 события', '5 событий', '21 событие']);
  });
});
