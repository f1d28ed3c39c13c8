import { expect } from '@open-wc/testing';
import { parseCalendarDate, toIsoDay } from '../../src/model/calendar-date.js';
import { utcMs } from '../helpers/milestones.js';

describe('parseCalendarDate', () => {
  it('parseCalendarDate("1950-01-30") is that UTC day at day precision', () => {
    const d = parseCalendarDate('1950-01-30')!;
    expect(d.precision).to.equal('day');
    expect(d.start).to.equal(utcMs('1950-01-30'));
    expect(d.end).to.equal(utcMs('1950-01-31'));
    expect(new Date(d.start).getUTCDate()).to.equal(30);
  });

  it('parseCalendarDate("1923-06") covers the whole month', () => {
    const d = parseCalendarDate('1923-06')!;
    expect(d).to.include({ precision: 'month', year: 1923, month: 6 });
    expect(d.start).to.equal(utcMs('1923-06-01'));
    expect(d.end).to.equal(utcMs('1923-07-01'));
  });

  it('parseCalendarDate("2024") covers the whole year', () => {
    const d = parseCalendarDate('2024')!;
    expect(d.precision).to.equal('year');
    expect(d.end - d.start).to.equal(366 * 86_400_000);
  });

  it('parseCalendarDate rejects impossible and malformed dates', () => {
    for (const bad of ['1950-02-30', '1950-13', '1950-00-10', '50-01-01', '1950/01/30', '1950-1-3', '', 'soon', 1950, null, undefined]) {
      expect(parseCalendarDate(bad), String(bad)).to.equal(null);
    }
  });

  it('parseCalendarDate reads EDTF doubt after a date, at any precision: ~ approximate, ? uncertain, % both', () => {
    expect(parseCalendarDate('1951~')).to.include({ year: 1951, precision: 'year', qualifier: '~', start: Date.UTC(1951, 0, 1) });
    expect(parseCalendarDate('1957-05-20?')).to.include({ day: 20, precision: 'day', qualifier: '?', start: Date.UTC(1957, 4, 20) });
    expect(parseCalendarDate('1923-06%')).to.include({ month: 6, precision: 'month', qualifier: '%' });
    expect(parseCalendarDate('1950-01-30')).to.not.have.property('qualifier');
    for (const bad of ['1951~~', '1951?~', '~1951', '1950-02-30~', '1951 ~', '1951!', '..']) expect(parseCalendarDate(bad), bad).to.equal(null);
  });

  it('parseCalendarDate accepts 29 February only in leap years', () => {
    expect(parseCalendarDate('2024-02-29')).to.not.equal(null);
    expect(parseCalendarDate('1900-02-29')).to.equal(null);
  });

  it('toIsoDay(ms) gives the UTC calendar day', () => {
    expect(toIsoDay(utcMs('1950-01-30'))).to.equal('1950-01-30');
    expect(toIsoDay(utcMs('1950-01-30') + 23 * 3_600_000)).to.equal('1950-01-30');
  });
});

describe('parseCalendarDate against the Date object', () => {
  it('every day of 1899–2101 and of the years 0–3 and 9998–9999 starts and ends where Date.UTC says', () => {
    const check = (year: number): void => {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const ref = new Date(0);
          ref.setUTCFullYear(year, month - 1, day);
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const parsed = parseCalendarDate(text);
          if (ref.getUTCDate() !== day) {
            expect(parsed, text).to.equal(null);
            continue;
          }
          expect(parsed?.start, text).to.equal(ref.getTime());
          expect(parsed?.end, text).to.equal(ref.getTime() + 86_400_000);
        }
        const first = new Date(0);
        first.setUTCFullYear(year, month - 1, 1);
        const next = new Date(0);
        next.setUTCFullYear(year, month, 1);
        const m = parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
        expect([m?.start, m?.end], `${year}-${month}`).to.deep.equal([first.getTime(), next.getTime()]);
      }
    };
    for (const year of [0, 1, 2, 3, 9998, 9999]) check(year);
    for (let year = 1899; year <= 2101; year++) check(year);
  });

  it('rejects non-ASCII digits, signs and inner spaces', () => {
    for (const bad of ['١٩٥٠', '+1950', '-950', '1950-0a', '1950- 1', '1950-01-3x', '1950_01', '19 0']) {
      expect(parseCalendarDate(bad), bad).to.equal(null);
    }
    expect(parseCalendarDate(' 1950-01-30 ')?.day).to.equal(30);
  });
});
