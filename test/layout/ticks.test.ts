import { expect } from '@open-wc/testing';
import { axisTicks } from '../../src/layout/ticks.js';
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
});
