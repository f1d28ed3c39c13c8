// normalizeEras(): the eras of `Era[]` or `{ milestones, eras }`, checked as milestones are: bad ones left
// out and reported with the field an editor must fix.
import { expect } from '@open-wc/testing';
import { normalizeEras } from '../../src/model/normalize.js';

describe('normalizeEras', () => {
  it('keeps valid eras in start order, overlapping ones and an ongoing one included, from a list or from { eras }', () => {
    const eras = [
      { id: 'partnership', start: '2012-07', end: '..', label: { en: 'Comprehensive strategic partnership', vi: 'Đối tác chiến lược toàn diện' } },
      { id: 'war', start: '1950', end: '1975-04-30', label: 'The war years' },
      { id: 'alliance', start: '1975~', end: '1991-12', label: 'Alliance' },
    ];
    const { eras: kept, problems } = normalizeEras({ milestones: [], eras });
    expect(problems).to.deep.equal([]);
    expect(kept.map((e) => e.id)).to.deep.equal(['war', 'alliance', 'partnership']);
    expect(kept[2]).to.deep.equal(eras[0]);
    expect(normalizeEras(eras).eras).to.deep.equal(kept);
  });

  it('reports each bad era by its index and field, as eras[2].end, and keeps the others', () => {
    const { eras, problems } = normalizeEras([
      { id: 'ok', start: '1950', end: '1960', label: 'OK' },
      { id: 'Bad Id', start: '1950', end: '1960', label: 'x' },
      { id: 'backwards', start: '1990', end: '1980', label: 'x' },
      { id: 'no-label', start: '1990', end: '1991' },
      { id: 'ok', start: '1970', end: '1971', label: 'Again' },
      { id: 'bad-start', start: '1950-02-30', end: '1960', label: 'x' },
      'not an era',
    ]);
    expect(eras.map((e) => e.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
      [1, 'Bad Id', 'eras[1].id'],
      [2, 'backwards', 'eras[2].end'],
      [3, 'no-label', 'eras[3].label'],
      [4, 'ok', 'eras[4].id'],
      [5, 'bad-start', 'eras[5].start'],
      [6, undefined, 'eras[6].id'],
    ]);
    expect(problems[1]!.message).to.equal('eras[2]: end "1980" is before start "1990"');
  });

  it('no eras is no eras and no problem; eras that are not a list, or that throw when read, are one problem, never an exception', () => {
    expect(normalizeEras({ milestones: [] })).to.deep.equal({ eras: [], problems: [] });
    expect(normalizeEras([])).to.deep.equal({ eras: [], problems: [] });
    expect(normalizeEras({ eras: 'war' }).problems.map((p) => p.field)).to.deep.equal(['eras']);
    const hostile = {
      get eras(): never {
        throw new Error('boom');
      },
    };
    expect(normalizeEras(hostile).problems[0]!.message).to.contain('boom');
  });
});
