import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { vietnamRussiaMilestones } from '../../src/data/index.js';
import type { JsonLdItemList } from '../../src/model/json-ld.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

/** The element's own JSON-LD scripts (light DOM children). */
const scripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
/** The one JSON-LD script's data, once written. */
async function jsonLd(el: Element, check: (ld: JsonLdItemList) => boolean = () => true): Promise<JsonLdItemList> {
  let ld: JsonLdItemList | undefined;
  await waitUntil(
    () => {
      const text = scripts(el)[0]?.textContent;
      ld = text ? (JSON.parse(text) as JsonLdItemList) : undefined;
      return ld !== undefined && check(ld);
    },
    'no JSON-LD was written',
    { timeout: 5000 },
  );
  return ld!;
}

describe('<vr-timeline> JSON-LD for search engines', () => {
  it('the built-in timeline writes its milestones as a schema.org ItemList of Events into its light DOM, once, and rewrites it in the new language', async () => {
    const el = await fixture<VrTimeline>(html`<vr-timeline lang="en" orientation="horizontal" style="width:1100px"></vr-timeline>`);
    const t = await new TimelineHarness(el).ready(5);
    const en = await jsonLd(el);
    expect(en['@type']).to.equal('ItemList');
    expect(en.name).to.equal('Timeline of Vietnam–Russia relations');
    expect(en.numberOfItems).to.equal(vietnamRussiaMilestones.length);
    expect(en.itemListElement.length).to.be.at.least(40);
    const first = en.itemListElement[0]!.item;
    expect(first['@type']).to.equal('Event');
    expect(first.startDate).to.equal('1923-06-30');
    expect(first.name).to.match(/Petrograd/);
    // The reader's own actions re-render it; the script stays one.
    t.el.zoomIn();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(scripts(el)).to.have.length(1);
    el.lang = 'vi';
    const vi = await jsonLd(el, (ld) => ld.name === 'Dòng thời gian quan hệ Việt Nam – Nga');
    expect(vi.itemListElement[0]!.item.name).to.match(/Petrograd/);
    expect(vi.itemListElement[0]!.item.name).to.not.equal(first.name);
    expect(scripts(el)).to.have.length(1);
  });

  it('the page’s own milestones, with a title that tries to close the script: the text comes back exactly, and nothing is parsed as HTML', async () => {
    const title = 'Talks </script><img src=x id=pwned onerror="window.pwned=1"> end';
    const milestones: Milestone[] = [
      { id: 'one', date: '1950-01-30', title, sources: [{ label: 'TASS', url: 'https://tass.com/x' }] },
      { id: 'two', date: '1980~', title: 'Two' },
    ];
    const el = await fixture<VrTimeline>(html`<vr-timeline label="Our story" .milestones=${milestones}></vr-timeline>`);
    const ld = await jsonLd(el);
    expect(scripts(el)[0]!.textContent).to.not.include('<');
    expect(ld.name).to.equal('Our story');
    expect(ld.itemListElement.map((i) => [i.item.name, i.item.startDate])).to.deep.equal([
      [title, '1950-01-30'],
      ['Two', '1980'],
    ]);
    expect(ld.itemListElement[0]!.item.subjectOf).to.deep.equal([{ '@type': 'CreativeWork', name: 'TASS', url: 'https://tass.com/x' }]);
    expect(document.getElementById('pwned')).to.equal(null);
    // New data replaces it.
    el.milestones = [{ id: 'three', date: '2001', title: 'Three' }];
    await jsonLd(el, (l) => l.numberOfItems === 1);
    expect(scripts(el)).to.have.length(1);
  });

  it('writing it does not make the element read its inline data again: one vr-data-error for one bad item', async () => {
    const errors: number[] = [];
    const el = document.createElement('vr-timeline');
    el.addEventListener('vr-data-error', (e) => errors.push(e.detail.problems.length));
    el.innerHTML = '<script type="application/json">[{ "id": "a", "date": "1950", "title": "A" }, { "id": "b", "date": "not a date", "title": "B" }]</script>';
    document.body.append(el);
    try {
      await jsonLd(el);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(errors).to.deep.equal([1]);
      expect(scripts(el)).to.have.length(1);
      expect(el.querySelectorAll(':scope > script')).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('keeps a server’s JSON-LD child and rewrites it rather than adding a second; data that cannot load leaves none', async () => {
    const el = document.createElement('vr-timeline');
    el.innerHTML = '<script type="application/ld+json">{"@type":"ItemList","stale":true}</script>';
    el.milestones = [{ id: 'one', date: '1950', title: 'One' }];
    document.body.append(el);
    try {
      const ld = await jsonLd(el, (l) => l.numberOfItems === 1);
      expect(ld).to.not.have.property('stale');
      expect(scripts(el)).to.have.length(1);
      el.milestones = undefined;
      el.src = '/test/fixtures/does-not-exist.json';
      await waitUntil(() => scripts(el).length === 0, 'the JSON-LD of data no longer shown stayed', { timeout: 5000 });
    } finally {
      el.remove();
    }
  });
});
