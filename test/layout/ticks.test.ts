import { expect } from '@open-wc/testing';
import { axisTicks, DEFAULT_TICK_SPACING } from '../../src/layout/ticks.js';
import { timeScale } from '../../src/layout/time-scale.js';
import { utcMs } from '../helpers/milestones.js';

const ticksFor = (from: string, to: string, width: number) => axisTicks(timeScale({ start: utcMs(from), end: utcMs(to) }, width));

describe('axisTicks', () => {
  it('axisTicks over a century at 600 px gives decade ticks on round years', () => {
    const ticks = ticksFor('1920-01-01', '2030-01-01', 600);
    expect(ticks[0]!.level).to.equal('decade');
    expect(ticks.map((t) => new Date(t.time).getUTCFullYear() % 10)).to.satisfy((r: number[]) => r.every((x) => x === 0));
  });

  it('axisTicks follows the zoom: decades → years → months → days', () => {
    expect(ticksFor('1920-01-01', '2030-01-01', 600)[0]!.level).to.equal('decade');
    expect(ticksFor('1975-01-01', '1990-01-01', 1280)[0]!.level).to.equal('year');
    expect(ticksFor('1980-01-01', '1981-06-01', 1280)[0]!.level).to.equal('month');
    expect(ticksFor('1980-07-01', '1980-08-01', 1280)[0]!.level).to.equal('day');
  });

  it('axisTicks leaves room between labels at 375 px', () => {
    const ticks = ticksFor('1920-01-01', '2030-01-01', 375);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).to.be.at.least(48);
  });

  it('axisTicks puts month ticks on the first of the month in UTC', () => {
    const ticks = ticksFor('1980-01-01', '1981-06-01', 1280);
    expect(ticks.every((t) => new Date(t.time).getUTCDate() === 1 && new Date(t.time).getUTCHours() === 0)).to.equal(true);
  });

  it('axisTicks gives the year to the first day tick in view and to the first of each new year', () => {
    const week = ticksFor('1983-04-28', '1983-05-08', 1280);
    expect(week[0]!.level).to.equal('day');
    expect(week.map((t) => t.withYear)).to.deep.equal(week.map((_, i) => i === 0));
    const newYear = ticksFor('1983-12-26', '1984-01-05', 1280);
    const withYear = newYear.filter((t) => t.withYear).map((t) => new Date(t.time).toISOString().slice(0, 10));
    expect(withYear).to.deep.equal([new Date(newYear[0]!.time).toISOString().slice(0, 10), '1984-01-01']);
  });

  it('axisTicks: month, year and decade ticks always carry their year', () => {
    for (const [from, to] of [
      ['1920-01-01', '2030-01-01'],
      ['1975-01-01', '1990-01-01'],
      ['1980-01-01', '1981-06-01'],
    ] as const) {
      expect(ticksFor(from, to, 1280).every((t) => t.withYear)).to.equal(true);
    }
  });

  it('axisTicks keeps day ticks apart where the step restarts on the 1st (31 → 1, 29 → 1)', () => {
    for (const [from, to, width] of [
      ['1980-07-01', '1980-09-01', 1280],
      ['1980-07-20', '1980-08-07', 1280],
      ['1983-12-01', '1984-01-20', 1280],
    ] as const) {
      const ticks = ticksFor(from, to, width);
      expect(ticks[0]!.level).to.equal('day');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x, `${from} at ${width}`).to.be.at.least(DEFAULT_TICK_SPACING.day - 0.5);
      expect(ticks.some((t) => new Date(t.time).getUTCDate() === 1)).to.equal(true);
    }
  });

  it('axisTicks leaves out a tick whose label the end of the view would cut', () => {
    const ticks = ticksFor('1983-04-28', '1983-05-08', 1280);
    expect(ticks.every((t) => t.x >= DEFAULT_TICK_SPACING.day / 2 && t.x <= 1280 - DEFAULT_TICK_SPACING.day / 2)).to.equal(true);
  });
});
