// A server-rendered page whose client forgot Lit's hydrate support (unlike vr-timeline-ssr.test.ts, this page
// does not load it): the element must not show the timeline twice.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { FIVE } from '../helpers/milestones.js';
import { serverPage } from '../helpers/server-render.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

describe('<vr-timeline> server-rendered, without the hydrate support', () => {
  it('renders afresh, once, and says what to load', async () => {
    const { box, el } = await serverPage({ milestones: FIVE, lang: 'en' }, 375);
    el.milestones = FIVE;
    const warned = await warningsOf(async () => {
      document.body.append(box);
      await el.updateComplete;
    });
    const t = new TimelineHarness(el);
    expect(t.cards().map((c) => c.querySelector('.title')!.textContent)).to.deep.equal(FIVE.map((m) => m.title));
    expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(1);
    expect(getComputedStyle(t.cards()[0]!).minHeight, 'styled').to.equal('44px');
    expect(warned.join('\n')).to.contain('lit-element-hydrate-support.js');
    box.remove();
  });
});
