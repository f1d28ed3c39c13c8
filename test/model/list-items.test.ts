import { expect } from '@open-wc/testing';
import { milestonesFromList, slugify } from '../../src/model/list-items.js';
import { normalize } from '../../src/model/normalize.js';

describe('milestonesFromList', () => {
  it('slugify folds Vietnamese letters and leaves no Cyrillic', () => {
    expect(slugify('Hồ Chí Minh đến Moskva')).to.equal('ho-chi-minh-den-moskva');
    expect(slugify('Визит в Ханой')).to.equal('');
  });

  it('milestonesFromList(items) makes valid, unique milestones from dates, text and links', () => {
    const { milestones, problems } = normalize(
      milestonesFromList([
        { date: '1950-01-30', text: ': Diplomatic relations', links: [{ label: 'Source', url: 'https://example.org/' }] },
        { date: '1950-01-30', text: 'Diplomatic relations', links: [] },
        { date: '1980', text: 'Визит', links: [] },
      ]),
    );
    expect(problems).to.deep.equal([]);
    expect(milestones.map((m) => m.id)).to.deep.equal(['1950-01-30-diplomatic-relations', '1950-01-30-diplomatic-relations-2', '1980']);
    expect(milestones[0]!.title).to.equal('Diplomatic relations');
    expect(milestones[0]!.sources).to.deep.equal([{ label: 'Source', url: 'https://example.org/' }]);
  });

  it('an item without a <time datetime> is reported by normalize, not thrown', () => {
    const { milestones, problems } = normalize(milestonesFromList([{ date: null, text: 'Undated', links: [] }]));
    expect(milestones).to.deep.equal([]);
    expect(problems[0]!.field).to.equal('date');
  });
});
