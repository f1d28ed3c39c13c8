// VrTimelineReact ('vr-timeline/react') rendered by React 19 in the browser: props reach the element as
// properties and the element's events reach the on* callbacks; then <vr-timeline> written directly in React 19
// and Preact, as the jsx-react / jsx-preact typings describe it. React comes from scripts/react-in-browser.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { h, render as renderPreact } from 'preact';
import { act, createElement, createRef, version, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { VrDataErrorEvent, VrSelectEvent, VrViewChangeEvent } from '../../src/components/events.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { VrTimelinePreactProps } from '../../src/jsx-preact.js';
import type { VrTimelineJsxProps } from '../../src/jsx-react.js';
import { VrTimelineReact } from '../../src/react.js';
import { FIVE } from '../helpers/milestones.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

// Tells React that act() is in charge: it then runs renders and effects before act() settles.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** inAct(() => root.render(...)) settles once React has rendered and run the effects (props are set in effects). */
function inAct(work: () => void): Promise<void> {
  return act(() => {
    work();
    return Promise.resolve();
  });
}

describe('VrTimelineReact', () => {
  let root: Root;
  let container: HTMLDivElement;
  // React's development build reports misuse (a bad prop, a missing act) through console.error.
  const reactErrors: string[] = [];
  const consoleError = console.error;

  beforeEach(async () => {
    console.error = (...args: unknown[]) => reactErrors.push(args.map(String).join(' '));
    container = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    root = createRoot(container);
  });
  afterEach(async () => {
    await inAct(() => root.unmount());
    console.error = consoleError;
    const errors = reactErrors.splice(0);
    expect(errors, `React reported: ${errors.join('\n')}`).to.deep.equal([]);
  });

  /** Renders <VrTimelineReact {...props} /> and waits until the element has drawn `count` milestones. */
  async function render(props: ComponentProps<typeof VrTimelineReact>, count = 5): Promise<TimelineHarness> {
    await inAct(() => root.render(createElement(VrTimelineReact, props)));
    const el = container.querySelector('vr-timeline');
    if (!el) throw new Error('no <vr-timeline> in the DOM');
    return new TimelineHarness(el).ready(count);
  }

  it('renders a registered <vr-timeline> that shows the milestones given as a prop', async () => {
    const t = await render({ milestones: FIVE });
    expect(t.el).to.be.instanceOf(customElements.get('vr-timeline'));
    expect(t.el.milestones).to.equal(FIVE);
    expect(t.names()).to.have.length(5);
    expect(t.names()[0]).to.equal('30 June 1923: Arrival in Petrograd');
  });

  it('passes lang, selected and label as properties: the detail opens in Vietnamese', async () => {
    const t = await render({ milestones: FIVE, lang: 'vi', selected: 'b-1950', label: 'Dòng thời gian' });
    expect(t.el.selected).to.equal('b-1950');
    expect(t.regionName()).to.equal('Dòng thời gian');
    expect(t.detail()?.textContent).to.include('Ngoại giao');
  });

  it('calls onVrSelect with the milestone a reader clicks', async () => {
    const selected: VrSelectEvent[] = [];
    const t = await render({ milestones: FIVE, onVrSelect: (event) => selected.push(event) });
    await t.click(t.marker(/Soyuz 37/));
    expect(selected.map((event) => event.detail.milestone?.id)).to.deep.equal(['c-1980']);
    expect(t.el.selected).to.equal('c-1980');
  });

  it('calls onVrSelect for Next in the detail, but not for select() through the ref (a reader’s action only)', async () => {
    const selected: (string | null)[] = [];
    const ref = createRef<VrTimeline>();
    const t = await render({ milestones: FIVE, ref, onVrSelect: (event) => selected.push(event.detail.milestone?.id ?? null) });
    expect(ref.current).to.equal(t.el);
    ref.current!.select('b-1950');
    await t.el.updateComplete;
    expect(t.detail()).to.not.equal(null);
    expect(selected).to.deep.equal([]);
    await t.click(t.nav('next'));
    expect(selected).to.deep.equal(['c-1980']);
  });

  it('calls the onVrSelect of the latest render only', async () => {
    const calls: string[] = [];
    const t = await render({ milestones: FIVE, onVrSelect: () => calls.push('first') });
    await inAct(() => root.render(createElement(VrTimelineReact, { milestones: FIVE, onVrSelect: () => calls.push('second') })));
    await t.click(t.marker(/Soyuz 37/));
    expect(calls).to.deep.equal(['second']);
  });

  it('calls onVrViewChange with the new window after a zoom', async () => {
    const views: VrViewChangeEvent[] = [];
    const t = await render({ milestones: FIVE, onVrViewChange: (event) => views.push(event) });
    await t.click(t.button('Zoom in'));
    await t.el.updateComplete;
    expect(views).to.have.length(1);
    expect(views[0]!.detail.start).to.equal(t.el.viewStart);
    expect(views[0]!.detail.end).to.equal(t.el.viewEnd);
  });

  it('calls onVrDataError with the milestones that were left out', async () => {
    const errors: VrDataErrorEvent[] = [];
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const broken = [...FIVE, { id: 'bad-date', date: '1950-02-30', title: 'Never' }];
      await render({ milestones: broken, onVrDataError: (event) => errors.push(event) });
    } finally {
      console.warn = warn;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('property');
    expect(errors[0]!.detail.problems.map((problem) => problem.id)).to.deep.equal(['bad-date']);
  });
});

// What 'vr-timeline/jsx-react' and 'vr-timeline/jsx-preact' type: the element written directly, with no wrapper.
// Not in the React 18 run (REACT=18 npm test), which checks the wrapper only: React 18 sets a custom element's
// props as attributes, as the README says.
const react19 = Number(version.split('.')[0]) >= 19;
(react19 ? describe : describe.skip)('<vr-timeline> written directly in React 19 and Preact', () => {
  it('React 19 sets milestones as a property, listens with onvr-select, and sets view-start as an attribute', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const root = createRoot(container);
    const selected: VrSelectEvent[] = [];
    const props: VrTimelineJsxProps = { milestones: FIVE, 'view-start': '1950', 'view-end': '2000', 'onvr-select': (event) => selected.push(event) };
    await inAct(() => root.render(createElement('vr-timeline', props)));
    const t = await new TimelineHarness(container.querySelector('vr-timeline')!).ready(3);
    expect(t.el.milestones).to.equal(FIVE);
    expect(t.el.getAttribute('view-start')).to.equal('1950');
    await t.click(t.marker(/Soyuz 37/));
    expect(selected.map((event) => event.detail.milestone?.id)).to.deep.equal(['c-1980']);
    await inAct(() => root.unmount());
  });

  it('Preact sets milestones as a property and listens with onvr-select', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const selected: VrSelectEvent[] = [];
    const props: VrTimelinePreactProps = { milestones: FIVE, lang: 'ru', 'onvr-select': (event) => selected.push(event) };
    renderPreact(h('vr-timeline', props), container);
    const t = await new TimelineHarness(container.querySelector('vr-timeline')!).ready(5);
    expect(t.el.milestones).to.equal(FIVE);
    expect(t.el.lang).to.equal('ru');
    await t.click(t.marker(/Soyuz 37/));
    expect(selected.map((event) => event.detail.milestone?.id)).to.deep.equal(['c-1980']);
    renderPreact(null, container);
  });
});
