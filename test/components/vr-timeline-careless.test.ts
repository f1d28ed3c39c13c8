// Reliability review L2, L9 and L10: hostile objects and methods never throw; focus never drops to the page
// when the reader's button goes; what an editor mistyped is reported, not silently ignored.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { FIVE } from '../helpers/milestones.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';
import { nextEvent } from '../helpers/timeline-harness.js';

failOnLitWarnings();

describe('<vr-timeline> hostile objects (reliability review L2)', () => {
  it('a milestones value that throws when read is reported as one problem, and valid data shows after it', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    let reported: Promise<{ detail: { problems: { index: number; message: string }[] } }> | undefined;
    const warnings = await warningsOf(async () => {
      reported = nextEvent(t.el, 'vr-data-error');
      t.el.milestones = new Proxy([], {
        get: () => {
          throw new Error('x');
        },
      });
      await t.el.updateComplete;
      await reported;
    });
    const { detail } = await reported!;
    expect(detail.problems).to.have.length(1);
    expect(detail.problems[0]!.index).to.equal(-1);
    expect(detail.problems[0]!.message).to.contain('could not be read');
    expect(warnings).to.have.length(1);
    expect(warnings[0], 'a whole-input error is not counted as left-out milestones (L10)').to.not.contain('left out');
    t.el.milestones = FIVE;
    await t.ready(5);
  });

  it('select(Symbol()) and zoomTo(Symbol(), …) report and throw nothing; the open detail stays', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.el.select('c-1980');
    await t.el.updateComplete;
    const warnings = await warningsOf(() => {
      t.el.select(Symbol('x') as unknown as string);
      t.el.zoomTo(Symbol('x') as unknown as string, '1990');
    });
    expect(warnings).to.have.length(2);
    await t.el.updateComplete;
    expect(t.el.selected).to.equal('c-1980');
    expect(t.detail()).to.not.equal(null);
  });
});

describe('<vr-timeline> keeps focus when its button goes (reliability review L9)', () => {
  it('orientation="auto" flipping to the vertical list keeps focus on the same milestone, now a card', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.marker('Soyuz 37').focus();
    expect(t.focused()?.getAttribute('aria-label')).to.contain('Soyuz 37');
    (t.el.parentElement as HTMLElement).style.width = '400px';
    await waitUntil(() => t.cards().length === 5, 'the element did not turn vertical', { timeout: 3000 });
    await t.el.updateComplete;
    expect(document.activeElement === t.el, 'focus is in the element, not on the page').to.equal(true);
    expect(t.focused()?.textContent).to.contain('Soyuz 37');
    await sendKeys({ press: 'ArrowDown' });
    expect(t.focused()?.textContent, 'the keyboard goes on from there').to.contain('Treaty on friendly relations');
  });

  it('hiding the focused milestone’s category from code, or new data, leaves focus on a milestone in the element', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.marker('Soyuz 37').focus();
    t.el.categories = 'diplomacy people';
    await t.el.updateComplete;
    expect(document.activeElement === t.el, 'focus is in the element').to.equal(true);
    expect(t.focused()?.getAttribute('data-key'), 'on a milestone button').to.be.a('string');
    t.el.milestones = FIVE.map((m) => ({ ...m, id: `new-${m.id}` }));
    await t.el.updateComplete;
    expect(document.activeElement === t.el, 'focus is in the element').to.equal(true);
    expect(t.focused()?.getAttribute('data-key')).to.match(/^new-|^cluster/);
  });
});

describe('<vr-timeline> tells the editor what it ignored (reliability review L10)', () => {
  it('a categories value naming no category in the data is reported with the categories it named', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    const warnings = await warningsOf(async () => {
      t.el.categories = 'sciense';
      await t.el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('sciense');
  });

  it('a selected id that no milestone has is reported once the data is there and cleared; a data swap that drops it clears it too', async () => {
    let el!: VrTimeline;
    const warnings = await warningsOf(async () => {
      el = (await mount({ width: 1000, attributes: { selected: 'no-such-id' }, milestones: FIVE, ready: 5 })).el;
    });
    expect(warnings.filter((w) => w.includes('no-such-id'))).to.have.length(1);
    expect(el.selected).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
    el.select('c-1980');
    await el.updateComplete;
    const swapped = await warningsOf(async () => {
      el.milestones = FIVE.filter((m) => m.id !== 'c-1980');
      await el.updateComplete;
    });
    expect(swapped).to.have.length(1);
    expect(el.selected).to.equal(null);
  });

  it('categories set from code that hide the selected milestone close its detail and clear selected, with no warning', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.el.select('c-1980');
    await t.el.updateComplete;
    expect(t.detail()).to.not.equal(null);
    const warnings = await warningsOf(async () => {
      t.el.categories = 'diplomacy people';
      await t.el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(t.el.selected).to.equal(null);
    expect(t.el.hasAttribute('selected')).to.equal(false);
    expect(t.detail()).to.equal(null);
  });

  it('select(id) of a milestone whose category is hidden shows that category again and opens it, with no warning', async () => {
    const t = await mount({ width: 1000, milestones: FIVE });
    await t.ready(5);
    t.el.categories = 'diplomacy people';
    await t.el.updateComplete;
    expect(t.shownCount()).to.equal(4);
    const warnings = await warningsOf(async () => {
      t.el.select('c-1980');
      await t.el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect(t.el.selected).to.equal('c-1980');
    expect(t.detail()?.textContent).to.contain('Soyuz 37');
    // Every category shown again: the attribute goes, as with the legend.
    expect(t.el.categories).to.equal(null);
    expect(t.legendItem('Science').getAttribute('aria-pressed')).to.equal('true');
    expect(t.shownCount()).to.equal(5);
  });

  it('a selected attribute and a categories attribute that hides it, written together, show the selected milestone', async () => {
    const t = await mount({ width: 1000, attributes: { categories: 'diplomacy', selected: 'c-1980' }, milestones: FIVE });
    await waitUntil(() => t.detail() !== null, 'the detail opened');
    expect(t.detail()!.textContent).to.contain('Soyuz 37');
    expect(t.el.getAttribute('categories')).to.equal('diplomacy science');
  });

  it('a hash link to a milestone of a hidden category shows that category and opens it', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#vr-c-1980');
    try {
      const t = await mount({
        width: 1000,
        beforeConnect: (el) => {
          el.hashSync = true;
          el.categories = 'people';
          el.milestones = FIVE;
        },
      });
      await waitUntil(() => t.detail() !== null, 'the detail opened');
      expect(t.el.selected).to.equal('c-1980');
      expect(t.el.categories).to.equal('science people');
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });

  it('select(id) of a milestone with no category while categories are filtered shows every category', async () => {
    const t = await mount({ width: 1000, milestones: [...FIVE, { id: 'plain', date: '1960-05-01', title: 'No category here' }] });
    await t.ready(6);
    t.el.categories = 'diplomacy';
    await t.el.updateComplete;
    t.el.select('plain');
    await t.el.updateComplete;
    expect(t.detail()?.textContent).to.contain('No category here');
    expect(t.el.categories).to.equal(null);
  });

  it('select(id) before the data has arrived applies once it has', async () => {
    const t = await mount({
      width: 1000,
      beforeConnect: (el) => {
        el.select('c-1980');
        el.milestones = FIVE;
      },
      ready: 5,
    });
    expect(t.el.selected).to.equal('c-1980');
    expect(t.detail()?.textContent).to.contain('Soyuz 37');
  });
});
