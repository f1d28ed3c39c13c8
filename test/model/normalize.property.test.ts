import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { locateProblems, readCsv } from '../../src/csv/read-csv.js';
import { parseCalendarDate } from '../../src/model/calendar-date.js';
import { formatDateRange } from '../../src/i18n/format-date.js';
import type { Milestone } from '../../src/model/milestone.js';
import { normalize } from '../../src/model/normalize.js';

/** Milestone-like objects: mostly plausible fields, often wrong in one way or another. */
const field = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
const date = fc.oneof(
  fc.constantFrom('1950', '1950-01', '1950-01-30', '2024-02-29', '2023-02-29', '1950-13', '30/01/1950', ''),
  fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const item = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/), field),
    date,
    endDate: fc.oneof(date, field),
    title: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('en', 'vi', 'ru', 'x y'), fc.string()), field),
    description: field,
    category: fc.oneof(fc.constantFrom('diplomacy', 'economy', 'Bad Cat'), field),
    importance: fc.oneof(fc.constantFrom(1, 2, 3, 4), field),
    sources: fc.oneof(fc.array(fc.record({ label: fc.string(), url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'), fc.string()) }), { maxLength: 2 }), field),
    media: fc.oneof(fc.record({ src: fc.oneof(fc.webUrl(), fc.constant('javascript:x'), fc.string()), alt: fc.string() }), field),
  },
  { requiredKeys: [] },
);
const input = fc.oneof(fc.array(item, { maxLength: 12 }), fc.record({ milestones: fc.array(item, { maxLength: 12 }) }), fc.anything());

/** What every milestone normalize() returns must satisfy. */
function checkValid(milestones: readonly Milestone[]): void {
  const again = normalize(milestones);
  expect(again.problems, 'normalize(its own output) finds nothing wrong').to.deep.equal([]);
  expect(new Set(milestones.map((m) => m.id)).size).to.equal(milestones.length);
  const starts = milestones.map((m) => parseCalendarDate(m.date)!.start);
  expect(starts.every((s, i) => i === 0 || s >= starts[i - 1]!)).to.equal(true);
  for (const m of milestones) for (const s of m.sources ?? []) expect(s.url).to.match(/^https?:\/\//);
}

describe('normalize and readCsv, for any input (fast-check)', () => {
  it('normalize(anything) never throws; what it returns is valid, unique and in date order; every item is kept or reported', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { milestones, problems } = normalize(value);
        checkValid(milestones);
        const list = Array.isArray(value) ? value : (value as { milestones?: unknown } | null)?.milestones;
        if (Array.isArray(list)) expect(milestones.length + problems.length).to.equal(list.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a date with doubt, at any precision, with any end or "..", is kept as written through normalize and a CSV, and formats with its doubt in every language', () => {
    const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const dated = fc.tuple(day, fc.constantFrom(4, 7, 10), fc.constantFrom('', '~', '?', '%')).map(([iso, length, q]) => iso.slice(0, length) + q);
    fc.assert(
      fc.property(dated, fc.option(fc.oneof(dated, fc.constant('..')), { nil: undefined }), (date, endDate) => {
        const given = { id: 'x', date, title: 't', ...(endDate !== undefined && { endDate }) };
        const { milestones } = normalize([given]);
        // Kept unless its end is before its start; then reported, never thrown.
        const end = endDate === undefined || endDate === '..' ? null : parseCalendarDate(endDate)!;
        if (end && end.end <= parseCalendarDate(date)!.start) {
          expect(milestones).to.have.length(0);
          return;
        }
        expect(milestones.map((m) => [m.date, m.endDate])).to.deep.equal([[date, endDate]]);
        const csv = `id,date,end_date,title\nx,${date},${endDate ?? ''},t`;
        expect(normalize(readCsv(csv).items).milestones).to.deep.equal(milestones);
        for (const lang of ['en', 'vi', 'ru']) {
          const text = formatDateRange(date, endDate, lang);
          if (/[?%]$/.test(date)) expect(text, lang).to.contain('(?)');
          if (/[~%]$/.test(date)) expect(text, lang).to.match(/^(c\. |khoảng |около )/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('readCsv(any text) never throws, and the rows it reads normalize to valid milestones with problems located by row', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('1950', '1950-01-30', '2023-02-29', 'x y', '"q"', 'a,b', 'line\nbreak', '<b>t</b>&amp;'));
    const csv = fc.oneof(
      fc.string(),
      fc
        .array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 })
        .map((rows) => ['id,date,title', ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n')),
      fc
        .array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 })
        .map((rows) => ['Year,Month,Headline', ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\r\n')),
    );
    fc.assert(
      fc.property(csv, (text) => {
        const sheet = readCsv(text);
        const { milestones, problems } = normalize(sheet.items);
        checkValid(milestones);
        for (const p of locateProblems(problems, sheet)) expect(p.row).to.be.at.least(2);
      }),
      { numRuns: 300 },
    );
  });
});
