import { expect } from '@open-wc/testing';
import { textFor } from '../../src/model/localized-text.js';
import { normalize } from '../../src/model/normalize.js';
import { milestone } from '../helpers/milestones.js';

describe('normalize', () => {
  it('normalize(list) returns the valid milestones sorted by date, and no problems', () => {
    const { milestones, problems } = normalize([
      milestone({ id: 'late', date: '1994-06-16' }),
      milestone({ id: 'early', date: '1923' }),
      milestone({ id: 'middle', date: '1950-01' }),
    ]);
    expect(problems).to.deep.equal([]);
    expect(milestones.map((m) => m.id)).to.deep.equal(['early', 'middle', 'late']);
  });

  it('normalize keeps the input order for equal dates (stable)', () => {
    const { milestones } = normalize([milestone({ id: 'b', date: '2000' }), milestone({ id: 'a', date: '2000' })]);
    expect(milestones.map((m) => m.id)).to.deep.equal(['b', 'a']);
  });

  it('normalize accepts { milestones: [...] }', () => {
    expect(normalize({ milestones: [milestone({ id: 'x' })] }).milestones).to.have.length(1);
  });

  it('normalize reports each invalid item with its index, id, field and a readable message, and keeps the rest', () => {
    const { milestones, problems } = normalize([
      milestone({ id: 'ok' }),
      milestone({ id: 'bad-date', date: '1950-02-30' }),
      { id: 'Bad Id', date: '2000', title: 'x' },
      milestone({ id: 'no-title', title: '' }),
      milestone({ id: 'ok' }),
      milestone({ id: 'evil-link', sources: [{ label: 'click', url: 'javascript:alert(1)' }] }),
      milestone({ id: 'backwards', date: '2000-05', endDate: '1999' }),
      milestone({ id: 'loud', importance: 5 as 1 }),
      'not an object',
    ]);
    expect(milestones.map((m) => m.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
      [1, 'bad-date', 'date'],
      [2, 'Bad Id', 'id'],
      [3, 'no-title', 'title'],
      [4, 'ok', 'id'],
      [5, 'evil-link', 'sources[0].url'],
      [6, 'backwards', 'endDate'],
      [7, 'loud', 'importance'],
      [8, undefined, undefined],
    ]);
    expect(problems[0]!.message).to.match(/YYYY-MM-DD/);
    expect(problems[3]!.message).to.contain('earlier milestone');
    expect(problems[4]!.message).to.contain('http(s)');
  });

  it('normalize keeps dates with doubt as written and an ongoing end (".."); it refuses ".." as a start and a qualifier that is not EDTF\'s', () => {
    const { milestones, problems } = normalize([
      milestone({ id: 'students', date: '1951~' }),
      milestone({ id: 'flight', date: '1980-07-23?', endDate: '1980-07-31' }),
      milestone({ id: 'partnership', date: '2012-07', endDate: '..' }),
      milestone({ id: 'open-start', date: '..' }),
      milestone({ id: 'odd', date: '1951*' }),
    ]);
    expect(milestones.map((m) => [m.id, m.date, m.endDate])).to.deep.equal([
      ['students', '1951~', undefined],
      ['flight', '1980-07-23?', '1980-07-31'],
      ['partnership', '2012-07', '..'],
    ]);
    expect(problems.map((p) => [p.id, p.field])).to.deep.equal([
      ['open-start', 'date'],
      ['odd', 'date'],
    ]);
    expect(problems[0]!.message).to.contain('~, ? or %');
  });

  it('normalize keeps a date note, the date of the last change and the corrections; it reports each that is wrong by its field', () => {
    const revised = {
      dateNote: { en: 'Moscow time: 23 July; Hanoi: 24 July', vi: 'Giờ Moskva: 23/7; Hà Nội: 24/7' },
      updated: '2026-02-13',
      corrections: [
        { date: '2026-02-13', text: 'The agreement is not yet signed.' },
        { date: '2025-12-01', text: { en: 'The launch date is Moscow time.' } },
      ],
    };
    const { milestones, problems } = normalize([
      milestone({ id: 'revised', ...revised }),
      milestone({ id: 'bad-updated', updated: 'last week' }),
      milestone({ id: 'bad-correction', corrections: [{ date: '2026-02-30', text: 'x' }] }),
      milestone({ id: 'not-a-list', corrections: 'fixed' as never }),
      milestone({ id: 'empty-note', dateNote: ' ' }),
    ]);
    expect(milestones).to.have.length(1);
    expect(milestones[0]).to.deep.include(revised);
    expect(problems.map((p) => [p.id, p.field])).to.deep.equal([
      ['bad-updated', 'updated'],
      ['bad-correction', 'corrections[0].date'],
      ['not-a-list', 'corrections'],
      ['empty-note', 'dateNote'],
    ]);
  });

  it('normalize never throws, whatever it is given', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    for (const input of [null, undefined, 42, 'x', {}, { milestones: 'no' }, [null, hostile, [], () => 1]]) {
      const result = normalize(input);
      expect(result.milestones).to.be.an('array');
      expect(result.problems.length, typeof input).to.be.greaterThan(0);
    }
  });

  it('normalize copies the data, so later changes to the input do not leak in', () => {
    const title = { en: 'Original', vi: 'Gốc' };
    const input = [milestone({ id: 'copy', title })];
    const { milestones } = normalize(input);
    title.en = 'Changed';
    expect(textFor(milestones[0]!.title, 'en')).to.equal('Original');
    expect(milestones[0]).to.not.equal(input[0]);
  });
});

describe('textFor', () => {
  it('textFor picks the language, then its base, then English, then any', () => {
    const t = { en: 'Bridge', vi: 'Cầu', ru: 'Мост' };
    expect(textFor(t, 'vi')).to.equal('Cầu');
    expect(textFor(t, 'ru-RU')).to.equal('Мост');
    expect(textFor(t, 'fr')).to.equal('Bridge');
    expect(textFor({ vi: 'Cầu' }, 'en')).to.equal('Cầu');
    expect(textFor('Plain', 'ru')).to.equal('Plain');
  });

  it('normalize never throws on hostile objects: each is one problem, or the item is left out with a reason (reliability review L2)', () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const inputs: unknown[] = [
      new Proxy([], {
        get: () => {
          throw new Error('x');
        },
      }),
      {
        get milestones() {
          throw new Error('x');
        },
      },
      revoked.proxy,
    ];
    for (const input of inputs) {
      const result = normalize(input);
      expect(result.milestones).to.deep.equal([]);
      expect(result.problems).to.have.length(1);
      expect(result.problems[0]!.message).to.contain('could not be read');
    }
    const { milestones, problems } = normalize([
      {
        id: 'g',
        date: '1950',
        get title() {
          throw Object.create(null);
        },
      },
      {
        id: 'h',
        date: '1950',
        get title() {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown value that cannot be turned into text is the case
          throw {
            toString() {
              throw new Error('no');
            },
          };
        },
      },
      milestone({ id: 'ok' }),
    ]);
    expect(milestones.map((m) => m.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => [p.index, p.id])).to.deep.equal([
      [0, 'g'],
      [1, 'h'],
    ]);
  });
});
