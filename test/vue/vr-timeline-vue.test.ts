// <vr-timeline> in a Vue 3 template, set up as the README's Vue 3 section says: `isCustomElement` tells
// Vue's compiler the tag is not a Vue component, and 'vr-timeline/define' registers it. The template is
// compiled in the browser (Vue's full build, served for 'vue' by the test runner's config); that compiler
// would also recognise a registered tag by itself, but a single-file component compiled by a bundler needs
// the option. What this checks is the binding: a property for :milestones, a listener for @vr-select.
import { expect, fixture, html } from '@open-wc/testing';
import { createApp } from 'vue';
import '../../src/define.js';
import type { VrSelectEvent } from '../../src/components/events.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { FIVE } from '../helpers/milestones.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

describe('<vr-timeline> in a Vue 3 template', () => {
  const vueWarnings: string[] = [];
  const consoleWarn = console.warn;
  beforeEach(() => {
    console.warn = (...args: unknown[]) => vueWarnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = consoleWarn;
    const warnings = vueWarnings.splice(0).filter((w) => w.includes('[Vue warn]'));
    expect(warnings, `Vue warned: ${warnings.join('\n')}`).to.deep.equal([]);
  });

  it('sets :milestones as a property, lang and view-start as attributes, and @vr-select listens for vr-select', async () => {
    const container = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const selected: VrSelectEvent[] = [];
    const app = createApp({
      template: `<vr-timeline :milestones="milestones" lang="ru" view-start="1950" view-end="2000" @vr-select="onSelect" />`,
      setup: () => ({ milestones: FIVE, onSelect: (event: VrSelectEvent) => selected.push(event) }),
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'vr-timeline';
    app.mount(container);
    const t = await new TimelineHarness(container.querySelector<VrTimeline>('vr-timeline')!).ready(3);
    expect(t.el.milestones, 'the array itself, not an attribute').to.equal(FIVE);
    expect(t.el.getAttribute('view-start')).to.equal('1950');
    expect(t.regionName(), 'lang="ru" reached the element').to.match(/Хроника/);
    await t.click(t.marker(/Soyuz 37/));
    expect(selected.map((event) => event.detail.milestone?.id)).to.deep.equal(['c-1980']);
    app.unmount();
  });
});
