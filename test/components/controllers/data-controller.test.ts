// DataController on its own: which input it reads, its load states, the injectable time-out, and what it reports.
import { expect, waitUntil } from '@open-wc/testing';
import { DataController, type DataConfig } from '../../../src/components/controllers/data-controller.js';
import type { VrDataErrorEvent } from '../../../src/components/events.js';
import type { Milestone } from '../../../src/model/milestone.js';
import { warningsOf } from '../../helpers/lit-warnings.js';
import { FIVE } from '../../helpers/milestones.js';
import { fakeHost } from './fake-host.js';

const request = (over: Partial<Parameters<DataController['sync']>[0]> = {}) => ({ milestones: undefined, milestonesChanged: false, src: null, lang: 'en', ...over });

/** A controller over a detached host with this config; the problems it reports, as its host hears them. */
function controller(config: Partial<DataConfig> = {}) {
  const host = fakeHost();
  const data = new DataController(host, () => ({ builtInData: null, dataTimeout: 15_000, ...config }));
  const reports: VrDataErrorEvent['detail'][] = [];
  host.addEventListener('vr-data-error', (e) => reports.push(e.detail));
  return { host, data, reports };
}

describe('DataController', () => {
  it('reads the milestones property at once: complete, valid milestones in date order, the invalid ones reported', async () => {
    const { data, reports } = controller();
    const warnings = await warningsOf(async () => {
      data.sync(request({ milestones: [FIVE[2]!, { id: 'x', date: 'soon', title: 'x' }, FIVE[0]!], milestonesChanged: true }));
      await waitUntil(() => reports.length === 1);
    });
    expect(data.state).to.deep.equal({ source: 'property', name: '', status: 'complete' });
    expect([data.loading, data.failed, data.builtIn]).to.deep.equal([false, null, false]);
    expect(data.milestones.map((m) => m.id)).to.deep.equal(['a-1923', 'c-1980']);
    expect(reports[0]!.source).to.equal('property');
    expect(reports[0]!.problems.map((p) => p.id)).to.deep.equal(['x']);
    expect(warnings).to.have.length(1);
  });

  it('loads the built-in dataset in the UI language; a new language replaces it, and the late answer of the old one is dropped', async () => {
    const answers = new Map<string, (m: readonly Milestone[]) => void>();
    const { data } = controller({ builtInData: (lang) => new Promise((resolve) => answers.set(lang, resolve)) });
    data.sync(request({ lang: 'en' }));
    expect(data.state.status).to.equal('pending');
    expect([data.loading, data.builtIn]).to.deep.equal([true, true]);
    data.sync(request({ lang: 'vi' }));
    answers.get('vi')!([FIVE[1]!]);
    await waitUntil(() => data.state.status === 'complete');
    answers.get('en')!(FIVE);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(data.milestones.map((m) => m.id)).to.deep.equal(['b-1950']);
    expect(data.state).to.include({ source: 'built-in', name: 'vi' });
  });

  it('fails a load after the configured time-out, even one that never heeds its signal; Retry loads again', async () => {
    let calls = 0;
    const { data, reports } = controller({ dataTimeout: 30, builtInData: () => (calls++, new Promise(() => undefined)) });
    const warnings = await warningsOf(async () => {
      data.sync(request());
      await waitUntil(() => reports.length === 1, 'reported', { timeout: 1000 });
    });
    expect(data.state).to.include({ status: 'error', source: 'built-in' });
    expect([data.loading, data.failed]).to.deep.equal([false, 'built-in']);
    expect(reports[0]!.problems[0]!.message).to.equal('the built-in dataset did not load: no answer in 0.03 s');
    expect(warnings).to.have.length(1);
    data.sync(request());
    expect(calls, 'a failed input is not loaded again by itself').to.equal(1);
    data.retry();
    data.sync(request());
    expect([calls, data.state.status]).to.deep.equal([2, 'pending']);
    data.hostDisconnected();
  });

  it('a load cut short by leaving the page starts again when the host comes back', () => {
    let calls = 0;
    const { data } = controller({ builtInData: () => (calls++, new Promise(() => undefined)) });
    data.sync(request());
    data.hostDisconnected();
    expect(data.state.status).to.equal('initial');
    data.sync(request());
    expect(calls).to.equal(2);
    data.hostDisconnected();
  });

  it('a fallback list or inline data whose lazy code (the list reader, the eras) does not load is reported as that input, not as the built-in dataset', async () => {
    const { data, reports } = controller();
    // The load as sync() starts it for a list, with a reader that cannot be fetched (the bundle's offline case).
    const start = (data as unknown as { start(input: { source: string; name: string }, load: () => Promise<never>): void }).start.bind(data);
    await warningsOf(async () => {
      start({ source: 'list', name: '' }, () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
      await waitUntil(() => reports.length === 1);
    });
    expect(reports[0]!.problems[0]!.message).to.equal('the list data did not load: Failed to fetch dynamically imported module');
    expect([reports[0]!.source, data.failed]).to.deep.equal(['list', 'list']);
  });

  it('reads an <ol> fallback list from its host (its reader loads first), and the list again only when it changes', async () => {
    const { host, data } = controller();
    host.innerHTML = '<ol><li><time datetime="1950-01-30">30 January 1950</time> Diplomatic relations</li></ol>';
    data.sync(request());
    expect(data.state).to.include({ source: 'list', status: 'pending' });
    await waitUntil(() => data.state.status === 'complete', 'the list was not read');
    expect(data.state).to.deep.equal({ source: 'list', name: '', status: 'complete' });
    expect(data.milestones.map((m) => m.date)).to.deep.equal(['1950-01-30']);
    const before = data.milestones;
    data.sync(request());
    expect(data.milestones, 'not read again').to.equal(before);
  });
});
