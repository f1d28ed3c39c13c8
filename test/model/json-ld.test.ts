// toJsonLd(): schema.org JSON-LD of a timeline for search engines. The type check below holds it to the
// schema.org vocabulary as schema-dts (generated from schema.org) types it: a property schema.org does not
// have, or a value of the wrong kind, fails `npm run typecheck`.
import { expect } from '@open-wc/testing';
import type { ItemList, WithContext } from 'schema-dts';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import { toJsonLd } from '../../src/model/json-ld.js';
import { textFor } from '../../src/model/localized-text.js';
import { normalize } from '../../src/model/normalize.js';

describe('toJsonLd', () => {
  it('lists the built-in data as schema.org Events with names, dates at their precision, descriptions and sources, in the language asked for', () => {
    const ld: WithContext<ItemList> = toJsonLd(vietnamRussiaMilestones, { lang: 'vi', name: 'Dòng thời gian quan hệ Việt Nam – Nga' });
    const list = toJsonLd(vietnamRussiaMilestones, { lang: 'vi' });
    expect(ld['@type']).to.equal('ItemList');
    expect(list.itemListElement.length).to.be.at.least(40);
    expect(list.numberOfItems).to.equal(vietnamRussiaMilestones.length);
    const events = list.itemListElement.map((e) => e.item);
    expect(events.every((e) => e['@type'] === 'Event' && e.name.trim() !== '')).to.equal(true);
    // Each date as precise as the data is, no more: '1923-06-30', '1965-04', '1951'.
    expect(events.map((e, i) => e.startDate.length === vietnamRussiaMilestones[i]!.date.replace(/[~?%]$/, '').length).every(Boolean)).to.equal(true);
    expect([...new Set(events.map((e) => e.startDate.length))]).to.include.members([4, 7, 10]);
    const relations = events.find((e) => e['@id'] === '#vr-1950-01-30-diplomatic-relations')!;
    expect(relations.startDate).to.equal('1950-01-30');
    expect(relations.name).to.equal(textFor(vietnamRussiaMilestones.find((m) => m.id === '1950-01-30-diplomatic-relations')!.title, 'vi'));
    expect(relations.name).to.match(/Liên Xô/);
    expect(relations.subjectOf!.every((s) => /^https:\/\//.test(s.url))).to.equal(true);
    expect(list.itemListElement.map((e) => e.position)).to.deep.equal(list.itemListElement.map((_, i) => i + 1));
  });

  it('drops EDTF doubt from dates (ISO 8601 has none) and gives an ongoing period no end', () => {
    const { milestones } = normalize([
      { id: 'students', date: '1951~', title: 'Students' },
      { id: 'partnership', date: '2012-07', endDate: '..', title: 'Partnership' },
      { id: 'flight', date: '1980-07-23?', endDate: '1980-07-31', title: 'Flight' },
    ]);
    const events = toJsonLd(milestones).itemListElement.map((e) => e.item);
    expect(events.map((e) => [e.startDate, e.endDate])).to.deep.equal([
      ['1951', undefined],
      ['1980-07-23', '1980-07-31'],
      ['2012-07', undefined],
    ]);
  });

  it('is plain data that JSON carries whole', () => {
    const ld = toJsonLd(vietnamRussiaMilestones.slice(0, 3), { lang: 'ru' });
    expect(JSON.parse(JSON.stringify(ld))).to.deep.equal(ld);
  });
});
