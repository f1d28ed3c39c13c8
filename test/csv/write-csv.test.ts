// writeCsv(): "Get the data" as a spreadsheet in our columns, which readCsv() and normalize() read back to
// the same milestones.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeCsv } from '../../src/csv/read-csv.js';
import { writeCsv } from '../../src/csv/write-csv.js';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import type { Era, Milestone } from '../../src/model/milestone.js';
import { normalize, normalizeEras } from '../../src/model/normalize.js';

/** Milestones (and eras) through a CSV and back, as the element reads a `src` CSV. */
const roundTrip = (milestones: readonly Milestone[], eras: readonly Era[] = []) => normalizeCsv(writeCsv(milestones, eras), 'text/csv', normalize, normalizeEras);

describe('writeCsv', () => {
  it('writes our columns, a language per column, bare text in the bare column, and quotes what needs quoting', () => {
    const csv = writeCsv([
      { id: 'a', date: '1950-01-30', title: { en: 'Relations', vi: 'Quan hệ' }, description: 'Line one,\n\n"two"', category: 'diplomacy', importance: 3 },
      {
        id: 'b',
        date: '1980-07-23?',
        endDate: '..',
        title: 'Soyuz',
        sources: [
          { label: 'TASS', url: 'https://tass.com/' },
          { label: { ru: 'РИА' }, url: 'https://example.org/' },
        ],
      },
    ]);
    const [header, first] = csv.split('\r\n');
    expect(header).to.equal('id,date,end_date,title,title_en,title_vi,description,category,importance,source_label,source_url,source_label_2_ru,source_url_2');
    expect(first).to.equal('a,1950-01-30,,,Relations,Quan hệ,"Line one,\n\n""two""",diplomacy,3,,,,');
  });

  it('the built-in dataset, written and read back, is the same milestones (corrections aside, which CSV has no column for)', () => {
    const { milestones, problems } = roundTrip(vietnamRussiaMilestones);
    expect(problems).to.deep.equal([]);
    expect(milestones).to.deep.equal(normalize(vietnamRussiaMilestones).milestones);
  });

  it('eras go out as rows of type era and come back the same, ongoing and in several languages too', () => {
    const eras: Era[] = [
      { id: 'war', start: '1950', end: '1975-04-30', label: { en: 'The war years', vi: 'Những năm chiến tranh' } },
      { id: 'partnership', start: '2012-07', end: '..', label: 'Comprehensive strategic partnership' },
    ];
    const csv = writeCsv([{ id: 'a', date: '1960', title: 'A' }], eras);
    expect(csv.split('\r\n')[0]).to.equal('type,id,date,end_date,title,title_en,title_vi');
    const back = roundTrip([{ id: 'a', date: '1960', title: 'A' }], eras);
    expect(back.problems).to.deep.equal([]);
    expect(back.milestones.map((m) => m.id)).to.deep.equal(['a']);
    expect(back.eras).to.deep.equal(normalizeEras(eras).eras);
  });

  it('any valid milestones, dates with doubt and open ends included, come back the same (fast-check)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9À-ỹА-яё ,."'\n-]{0,12}[A-Za-z0-9À-ỹА-яё.]$/).filter((s) => s.trim() === s);
    const text = fc.oneof(word, fc.record({ en: word, vi: word, ru: word }, { requiredKeys: ['en'] }));
    const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const date = fc.tuple(day, fc.constantFrom(4, 7, 10), fc.constantFrom('', '~', '?', '%')).map(([iso, length, q]) => iso.slice(0, length) + q);
    const milestone = fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        date,
        endDate: fc.constant('..'),
        title: text,
        description: text,
        dateNote: text,
        category: fc.constantFrom('diplomacy', 'science', 'my-own'),
        importance: fc.constantFrom(1, 2, 3),
        updated: day,
        media: fc.record({ src: fc.constant('https://example.org/a.jpg'), alt: text, caption: text }, { requiredKeys: ['src', 'alt'] }),
        // At least one: an empty list and none read back alike (as none).
        sources: fc.array(fc.record({ label: text, url: fc.webUrl() }), { minLength: 1, maxLength: 3 }),
      },
      { requiredKeys: ['id', 'date', 'title'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(milestone, { selector: (m) => m.id, maxLength: 6 }), (given) => {
        const { milestones } = normalize(given);
        const back = roundTrip(milestones);
        expect(back.problems).to.deep.equal([]);
        expect(back.milestones).to.deep.equal(milestones);
      }),
      { numRuns: 300 },
    );
  });
});
