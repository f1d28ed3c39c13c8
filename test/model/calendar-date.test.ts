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

  it('parseCalendarDate accepts 29 February only in leap years', () => {
    expect(parseCalendarDate('2024-02-29')).to.not.equal(null);
    expect(parseCalendarDate('1900-02-29')).to.equal(null);
  });

  it('toIsoDay(ms) gives the UTC calendar day', () => {
    expect(toIsoDay(utcMs('1950-01-30'))).to.equal('1950-01-30');
    expect(toIsoDay(utcMs('1950-01-30') + 23 * 3_600_000)).to.equal('1950-01-30');
  });
});
