// ViewState on its own: the window a reader sees, as zoom, pan, view-start/view-end and settling change it.
import { expect } from '@open-wc/testing';
import { ViewState } from '../../../src/components/controllers/view-state.js';
import { fitAll } from '../../../src/layout/index.js';
import { fakeHost } from './fake-host.js';

const DAY = 86_400_000;
const EXTENT = { start: Date.UTC(1950, 0, 1), end: Date.UTC(2000, 0, 1) };

function viewState(): { view: ViewState; host: ReturnType<typeof fakeHost> } {
  const host = fakeHost();
  return { view: new ViewState(host, () => EXTENT), host };
}

describe('ViewState', () => {
  it('shows everything until asked otherwise, and names its first and last day as ISO dates', () => {
    const { view } = viewState();
    expect(view.current).to.deep.equal(fitAll(EXTENT));
    expect(view.iso('start')).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('zooms around the anchor: the time under it stays put and the span halves', () => {
    const { view, host } = viewState();
    const before = view.current;
    const under = (w: typeof before, at: number) => w.start + (w.end - w.start) * at;
    view.zoom(0.25, 0.5);
    const after = view.current;
    expect(after.end - after.start).to.be.closeTo((before.end - before.start) / 2, 1);
    expect(under(after, 0.25)).to.be.closeTo(under(before, 0.25), 1);
    expect(host.updates).to.equal(1);
  });

  it('applies view-start and view-end as whole UTC days, the end day included; reports a window that ends before it starts', () => {
    const { view } = viewState();
    view.ask('start', '1960-01-30');
    view.ask('end', '1970-12-31');
    expect(view.apply()).to.equal(true);
    expect(view.current).to.deep.equal({ start: Date.UTC(1960, 0, 30), end: Date.UTC(1970, 11, 31) + DAY });
    expect([view.iso('start'), view.iso('end')]).to.deep.equal(['1960-01-30', '1970-12-31']);
    view.ask('start', '1990-01-01');
    view.ask('end', '1980-01-01');
    expect(view.apply()).to.equal(false);
    expect(view.iso('start'), 'the window stays').to.equal('1960-01-30');
  });

  it('keeps the window within the data: a pan far past the end stops there', () => {
    const { view } = viewState();
    view.zoom(0.5, 0.1);
    for (let i = 0; i < 50; i++) view.pan(0.5);
    expect(view.current.end).to.be.at.most(fitAll(EXTENT).end + 1);
    view.reset();
    expect(view.current).to.deep.equal(fitAll(EXTENT));
  });

  it('reports a settled window once, as vr-view-change after the update that shows it', () => {
    const { view, host } = viewState();
    const heard: string[] = [];
    host.addEventListener('vr-view-change', (e) => heard.push(`${e.detail.start}/${e.detail.end}`));
    view.ask('start', '1975-04-30');
    view.ask('end', '1976-04-30');
    view.apply();
    view.settle();
    expect(view.moving).to.equal(false);
    view.hostUpdated();
    view.hostUpdated();
    expect(heard).to.deep.equal(['1975-04-30/1976-04-30']);
  });

  it('shows a span at once when it cannot glide (not on the page), and not at all when it is already shown', () => {
    const { view, host } = viewState();
    view.zoom(0.5, 0.1);
    const updates = host.updates;
    view.showSpan(Date.UTC(1952, 0, 1), Date.UTC(1953, 0, 1));
    expect(view.current.start).to.be.at.most(Date.UTC(1952, 0, 1));
    expect(view.current.end).to.be.at.least(Date.UTC(1953, 0, 1));
    expect(host.updates).to.equal(updates + 1);
    view.showSpan(Date.UTC(1952, 0, 1), Date.UTC(1953, 0, 1));
    expect(host.updates, 'nothing to move').to.equal(updates + 1);
  });
});
