import { expect } from '@open-wc/testing';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { parseCalendarDate } from '../../src/model/calendar-date.js';
import { normalize } from '../../src/model/normalize.js';

describe('built-in dataset', () => {
  it('normalizes with zero problems', () => {
    const { problems, milestones } = normalize(vietnamRussiaMilestones);
    expect(problems).to.deep.equal([]);
    expect(milestones).to.have.length(vietnamRussiaMilestones.length);
  });

  it('has unique ids in date order', () => {
    const ids = vietnamRussiaMilestones.map((m) => m.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const starts = vietnamRussiaMilestones.map((m) => parseCalendarDate(m.date)!.start);
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
  });

  it('ids start with the date at its precision', () => {
    for (const m of vietnamRussiaMilestones) expect(m.id.startsWith(`${m.date}-`), m.id).to.equal(true);
  });

  it('has title and description in en, vi and ru, titles at most 80 characters', () => {
    for (const m of vietnamRussiaMilestones) {
      for (const lang of ['en', 'vi', 'ru']) {
        const title = (m.title as Record<string, string>)[lang] ?? '';
        const description = (m.description as Record<string, string> | undefined)?.[lang] ?? '';
        expect(title.trim(), `${m.id} title ${lang}`).to.not.equal('');
        expect(title.length, `${m.id} title ${lang}`).to.be.at.most(80);
        expect(description.trim(), `${m.id} description ${lang}`).to.not.equal('');
      }
    }
  });

  it('cites 1–3 https sources for every milestone', () => {
    for (const m of vietnamRussiaMilestones) {
      expect(m.sources?.length ?? 0, m.id).to.be.within(1, 3);
      for (const s of m.sources ?? []) expect(s.url, m.id).to.match(/^https:\/\//);
    }
  });

  it('keeps the dates that facts.md settles', () => {
    const byId = new Map(vietnamRussiaMilestones.map((m) => [m.id, m]));
    expect(byId.get('1923-06-30-petrograd-arrival')?.date).to.equal('1923-06-30');
    expect(byId.get('1950-01-30-diplomatic-relations')?.date).to.equal('1950-01-30');
    expect(byId.get('1980-07-23-pham-tuan-soyuz-37')?.date).to.equal('1980-07-23');
    expect(byId.get('1979-06-thang-long-bridge')?.endDate).to.equal('1985-05-09');
    expect(byId.get('1965-02-10-kosygin-hanoi')?.date).to.equal('1965-02-10');
  });
});
