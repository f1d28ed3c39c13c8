import { expect } from '@open-wc/testing';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { parseCalendarDate } from '../../src/model/calendar-date.js';
import { normalize } from '../../src/model/normalize.js';

describe('built-in dataset', () => {
  it('has at least 38 milestones', () => {
    expect(vietnamRussiaMilestones.length).to.be.at.least(38);
  });

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

  it('writes Vietnamese with diacritics and Russian in Cyrillic', () => {
    const vi = vietnamRussiaMilestones.map((m) => (m.title as Record<string, string>).vi).join(' ');
    const ru = vietnamRussiaMilestones.map((m) => (m.title as Record<string, string>).ru);
    expect(vi).to.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    for (const title of ru) expect(title, title).to.match(/[А-Яа-яЁё]/);
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
    expect(byId.get('1981-06-19-vietsovpetro')?.date).to.equal('1981-06-19');
    expect(byId.get('1986-06-26-bach-ho-first-oil')?.date).to.equal('1986-06-26');
    expect(byId.get('1990-05-18-moscow-monument')?.date).to.equal('1990-05-18');
    expect(byId.get('2002-05-02-cam-ranh-handover')?.date).to.equal('2002-05-02');
    expect(byId.get('2024-06-19-putin-state-visit')?.endDate).to.equal('2024-06-20');
    expect(byId.get('2025-09-30-peoples-forum')?.date).to.equal('2025-09-30');
    expect(byId.get('1979-11-06-hoa-binh-hydropower')?.endDate).to.equal('1994-12-20');
  });

  it('uses none of the dates facts.md lists as misreports', () => {
    const misreports = ['1923-06-23', '1950-01-31', '1964', '1978', '1980-07-24', '1981-11-19', '1981-07-15', '1988', '1990-05-19', '2001-01', '1979-05-02', '2025-01-29'];
    for (const m of vietnamRussiaMilestones) {
      expect(misreports, m.id).to.not.include(m.date);
    }
    const kosygin = vietnamRussiaMilestones.find((m) => m.id.includes('kosygin'))!;
    expect(kosygin.date.startsWith('1965')).to.equal(true);
  });

  it('leaves images out: none is hot-linked from a news site', () => {
    expect(vietnamRussiaMilestones.filter((m) => m.media)).to.deep.equal([]);
  });
});
