import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { VrDataErrorDetail } from '../../src/components/events.js';
import { FIVE } from '../helpers/milestones.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { column, mount, type MountOptions } from '../helpers/mount.js';
import { nextEvent, TimelineHarness } from '../helpers/timeline-harness.js';

/** The data tests' page: a 900 px column. */
const at900 = (options: Omit<MountOptions, 'width'> = {}) => mount({ width: 900, ...options });

/** Mounts <vr-timeline src> in a 900 px column (in `lang`, English unless given) and waits for the vr-data-error it fires. */
async function reportOf(src: string, lang?: string): Promise<{ t: TimelineHarness; detail: VrDataErrorDetail }> {
  let reported: Promise<GlobalEventHandlersEventMap['vr-data-error']> | undefined;
  const t = await at900({
    lang,
    beforeConnect: (el) => {
      reported = nextEvent(el, 'vr-data-error');
      el.src = src;
    },
  });
  return { t, detail: (await reported!).detail };
}

/** Replaces fetch with one that never answers (until aborted) for the length of `body`; returns the signals it was given. */
async function withSlowFetch(body: (signals: AbortSignal[]) => Promise<void>): Promise<void> {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (_url, init) => {
    const signal = init!.signal!;
    signals.push(signal);
    return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
  };
  try {
    await body(signals);
  } finally {
    window.fetch = original;
  }
}

failOnLitWarnings();

describe('<vr-timeline> data forms', () => {
  it('src pointing at a JSON list shows those milestones and names the region "Timeline"', async () => {
    const t = await at900({ attributes: { src: '/test/fixtures/three.json' } });
    await t.ready(3);
    expect(t.names()[0]).to.equal('30 June 1923: Arrival in Petrograd');
    expect(t.regionName()).to.equal('Timeline');
  });

  it('src pointing at { milestones } shows the valid ones and reports the bad one with source src', async () => {
    const warned = await warningsOf(async () => {
      const { t, detail } = await reportOf('/test/fixtures/three-object.json');
      await t.ready(3);
      expect(detail.source).to.equal('src');
      expect(detail.problems.map((p) => p.field)).to.deep.equal(['id']);
    });
    expect(warned).to.have.length(1);
  });

  it('a src that answers 404 shows the error with a Retry button that fetches again, and fires vr-data-error', async () => {
    await warningsOf(async () => {
      const { t, detail } = await reportOf('/test/fixtures/missing.json');
      expect(detail.source).to.equal('src');
      expect(detail.problems[0]!.message).to.contain('404');
      await t.el.updateComplete;
      expect(t.error()!.getAttribute('role')).to.equal('alert');
      const again = nextEvent(t.el, 'vr-data-error');
      await t.mouseClick(t.error()!.querySelector('button')!);
      expect((await again).detail.problems[0]!.message).to.contain('404');
    });
  });

  it('fetches nothing while the milestones property is set, and aborts a pending src when it is set', async () => {
    await withSlowFetch(async (signals) => {
      const t = await at900({ attributes: { src: '/slow.json' } });
      await t.el.updateComplete;
      expect(signals).to.have.length(1);
      expect(t.shadow().textContent).to.contain('Loading timeline');
      t.el.milestones = FIVE;
      await t.ready(5);
      expect(signals[0]!.aborted).to.equal(true);
      t.el.src = '/other.json';
      await t.el.updateComplete;
      expect(signals).to.have.length(1);
    });
  });

  it('a pending src is aborted when the element leaves the page, and loads again when it returns', async () => {
    await withSlowFetch(async (signals) => {
      const t = await at900({ attributes: { src: '/slow.json' } });
      await t.el.updateComplete;
      const parent = t.el.parentElement!;
      t.el.remove();
      expect(signals[0]!.aborted).to.equal(true);
      parent.append(t.el);
      await t.el.updateComplete;
      expect(signals).to.have.length(2);
    });
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const t = await at900({ children: `<script type="application/json">${JSON.stringify({ milestones: FIVE.slice(0, 2) })}</script>` });
    await t.ready(2);
    expect(t.names()[1]).to.equal('30 January 1950: Diplomatic relations');
  });

  it('inline JSON that does not parse shows the error and fires vr-data-error with source inline', async () => {
    await warningsOf(async () => {
      let reported: Promise<GlobalEventHandlersEventMap['vr-data-error']> | undefined;
      const t = await at900({
        children: '<script type="application/json">[{ "id": </script>',
        beforeConnect: (el) => {
          reported = nextEvent(el, 'vr-data-error');
        },
      });
      const { detail } = await reported!;
      expect(detail.source).to.equal('inline');
      expect(detail.problems[0]!.message).to.contain('does not parse');
      expect(t.error()).to.not.equal(null);
    });
  });

  it('an <ol> item whose link names its subject keeps the subject in its title (reliability review M4)', async () => {
    const t = await at900({
      children: `<ol>
      <li><time datetime="1950-01-30">30 January 1950</time>: TASS reports diplomatic relations <a href="https://tass.ru/">TASS</a></li>
      <li><time datetime="1955">1955</time>: Nhân Dân covers the 1955 visit (<a href="https://nhandan.vn/">Nhân Dân</a>)</li>
    </ol>`,
    });
    await t.ready(2);
    expect(t.names()).to.deep.equal(['30 January 1950: TASS reports diplomatic relations', '1955: Nhân Dân covers the 1955 visit']);
  });

  it('reads an <ol> fallback list of <time datetime> and text as milestones, and hides the list once upgraded', async () => {
    const t = await at900({
      children: `
      <ol>
        <li><time datetime="1923-06-30">30 June 1923</time>: Arrival in Petrograd</li>
        <li><time datetime="1950-01-30">30 January 1950</time> – Diplomatic relations (<a href="https://example.org/one">Source one</a>)</li>
      </ol>
    `,
    });
    await t.ready(2);
    expect(t.names()).to.deep.equal(['30 June 1923: Arrival in Petrograd', '30 January 1950: Diplomatic relations']);
    expect(t.el.querySelector('ol')!.getBoundingClientRect().height).to.equal(0);
    t.el.selected = '1950-01-30-diplomatic-relations';
    await t.el.updateComplete;
    expect(t.detail()!.querySelector('a')!.href).to.equal('https://example.org/one');
  });

  for (const font of ['Georgia, "Noto Serif", serif', '"DejaVu Serif", serif', 'system-ui']) {
    it(`an <ol> upgraded on a page set in ${font} at 1280 px: every label fits its box (measured in the font it is drawn in)`, async () => {
      // The list of stories/no-js.html itself, as the element's content when it upgrades.
      const story = new DOMParser().parseFromString(await (await fetch('/stories/no-js.html')).text(), 'text/html');
      const t = await mount({ width: 1280, style: `font: 17px/1.6 ${font}`, children: story.querySelector('vr-timeline')!.innerHTML, ready: 4 });
      await document.fonts.ready;
      await new Promise(requestAnimationFrame);
      await t.el.updateComplete;
      expect(t.labels().length).to.be.greaterThan(1);
      const overflowing = t.labels().filter((label) => label.scrollHeight > label.clientHeight || label.scrollWidth > label.clientWidth);
      expect(overflowing.map((label) => `${label.textContent.trim()} (${label.scrollHeight} > ${label.clientHeight})`)).to.deep.equal([]);
    });
  }

  it('labels styled by the page through ::part(label) in a wider font are measured in that font', async () => {
    const t = await mount({ width: 1280, css: `vr-timeline::part(label) { font-family: 'DejaVu Sans Mono', monospace; }`, milestones: FIVE, ready: 5 });
    await new Promise(requestAnimationFrame);
    await t.el.updateComplete;
    expect(t.labels().length).to.be.greaterThan(1);
    expect(getComputedStyle(t.labels()[0]!).fontFamily).to.contain('Mono');
    const overflowing = t.labels().filter((label) => label.scrollHeight > label.clientHeight || label.scrollWidth > label.clientWidth);
    expect(overflowing.map((label) => `${label.textContent.trim()} (${label.scrollHeight} > ${label.clientHeight})`)).to.deep.equal([]);
  });

  it('inline JSON that arrives after the element upgraded replaces the built-in data, with no other update (reliability review M2)', async () => {
    const t = await at900();
    await t.ready(40);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify([{ id: 'mine', date: '1950', title: 'EDITOR DATA' }]);
    t.el.append(script);
    await waitUntil(() => t.names().join() === '1950: EDITOR DATA', `still shows ${t.names().length} milestones`, { timeout: 3000 });
    expect(t.shadow().querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('Timeline');
  });

  it('an <ol> is read once, not at every zoom, and read again when a script edits it (reliability review L5)', async () => {
    const items = Array.from({ length: 200 }, (_, i) => `<li><time datetime="${1800 + i}">${1800 + i}</time>: Event ${i}</li>`).join('');
    const t = await at900({ children: `<ol>${items}</ol>` });
    await t.ready(200);
    // The list is read with querySelectorAll(':scope > li'): count the calls that name an li.
    const proto = Element.prototype as unknown as { querySelectorAll(this: Element, selector: string): NodeListOf<Element> };
    const original = proto.querySelectorAll;
    let reads = 0;
    proto.querySelectorAll = function (selector) {
      if (selector.includes('li')) reads++;
      return original.call(this, selector);
    };
    try {
      for (let i = 0; i < 10; i++) {
        t.el.zoomIn();
        await t.el.updateComplete;
      }
    } finally {
      proto.querySelectorAll = original;
    }
    expect(reads, 'times the list was read during 10 zooms').to.equal(0);
    t.el.resetView();
    t.el.querySelector('ol')!.insertAdjacentHTML('beforeend', '<li><time datetime="2020">2020</time>: Added by a script</li>');
    await t.ready(201);
    expect(t.names().at(-1)).to.equal('2020: Added by a script');
  });

  it('the milestones property wins over src, inline JSON and the list', async () => {
    const t = await at900({ attributes: { src: '/test/fixtures/three.json' }, children: '<script type="application/json">[]</script>' });
    t.el.milestones = FIVE.slice(0, 1);
    await t.ready(1);
    expect(t.names()).to.deep.equal(['30 June 1923: Arrival in Petrograd']);
  });
});

describe('<vr-timeline> many instances', () => {
  it('200 connect/disconnect cycles leave it working, and instances stay independent', async () => {
    const wrapper = await column({ width: 900 });
    const a = document.createElement('vr-timeline');
    const b = document.createElement('vr-timeline');
    a.milestones = FIVE;
    b.milestones = FIVE.slice(0, 2);
    wrapper.append(a, b);
    for (let i = 0; i < 200; i++) {
      a.remove();
      wrapper.append(a);
    }
    const [ta, tb] = [new TimelineHarness(a), new TimelineHarness(b)];
    await ta.ready(5);
    await tb.ready(2);
    a.selected = 'b-1950';
    await a.updateComplete;
    expect(ta.detail()).to.not.equal(null);
    expect(tb.detail()).to.equal(null);
    await waitUntil(() => tb.shownCount() === 2);
  });
});

describe('<vr-timeline> spreadsheets (CSV)', () => {
  it('src pointing at a CSV in our columns shows its rows in the page language and reports a bad row by row and column', async () => {
    await warningsOf(async () => {
      const { t, detail } = await reportOf('/test/fixtures/ours.csv', 'vi');
      await t.ready(2);
      expect(detail.source).to.equal('src');
      expect(detail.problems.map((p) => [p.row, p.column])).to.deep.equal([[4, 'date']]);
      expect(detail.problems[0]!.message).to.match(/^Row 4, column date/);
      expect(t.names()[0]).to.contain('Thiết lập quan hệ ngoại giao');
    });
  });

  it('a CSV in windows-1251 (Excel on Russian Windows) is read in the charset its server declares, and an undeclared one is reported (reliability review M6)', async () => {
    const declared = await at900({ attributes: { src: '/test/fixtures/windows-1251.csv' } });
    await declared.ready(2);
    expect(declared.names()).to.deep.equal(['1955: Пакт', 'July 1980: Союз 37']);
    const warned = await warningsOf(async () => {
      const { detail } = await reportOf('/test/fixtures/windows-1251-undeclared.csv');
      expect(detail.problems[0]!.row).to.equal(2);
      expect(detail.problems[0]!.message).to.contain('not UTF-8').and.contain('CSV UTF-8');
    });
    expect(warned).to.have.length(1);
  });

  it('src pointing at a TimelineJS3 sheet shows its slides as plain text and names the region after its title slide', async () => {
    const t = await at900({ attributes: { src: '/test/fixtures/timelinejs-sheet.csv' } });
    await t.ready(2);
    expect(t.regionName()).to.equal('Vietnam & Russia');
    t.el.selected = '1950-01-30-diplomatic-relations';
    await t.el.updateComplete;
    const detail = t.detail()!;
    expect(detail.querySelector('h2')!.textContent).to.equal('Diplomatic relations');
    expect(detail.querySelector('img')!.getAttribute('src')).to.equal('https://example.org/photo.jpg');
    expect(detail.querySelectorAll('img')).to.have.length(1);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });
});

describe('<vr-timeline> hostile data', () => {
  it('markup in every text field stays text, and javascript: or data: URLs never become links or images', async () => {
    const evil = '<img src=x onerror="window.xss=1"><script>window.xss=2</script>';
    const warned = await warningsOf(async () => {
      const t = await at900();
      t.el.milestones = [
        {
          id: 'evil',
          date: '1950',
          title: `Title ${evil}`,
          description: `Text ${evil}`,
          category: 'diplomacy',
          media: { src: 'https://example.org/a.jpg', alt: `Alt ${evil}`, caption: `Caption ${evil}`, credit: `Credit ${evil}` },
          sources: [{ label: `Label ${evil}`, url: 'https://example.org/' }],
        },
        { id: 'js-link', date: '1960', title: 'x', sources: [{ label: 'x', url: 'javascript:window.xss=3' }] },
        { id: 'data-image', date: '1970', title: 'x', media: { src: 'data:image/svg+xml,<svg onload="window.xss=4"/>', alt: 'x' } },
      ];
      await t.ready(1);
      t.el.selected = 'evil';
      await t.el.updateComplete;
      const detail = t.detail()!;
      expect(detail.querySelectorAll('script')).to.have.length(0);
      expect([...detail.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['https://example.org/a.jpg']);
      expect(detail.querySelector('img')!.alt).to.equal(`Alt ${evil}`);
      for (const text of ['Title', 'Text', 'Caption', 'Credit', 'Label']) expect(detail.textContent).to.contain(`${text} <img src=x onerror`);
      expect([...detail.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.org/']);
      expect(t.names()).to.have.length(1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { xss?: number }).xss).to.equal(undefined);
    });
    expect(warned).to.have.length(1);
  });
});

describe('<vr-timeline> slow and empty data', () => {
  it('a src that never answers fails after its time-out with the error and Retry, and reports it', async () => {
    // The time-out is the element class's: a subclass waits 50 ms instead of 15 s.
    const Base = customElements.get('vr-timeline') as typeof VrTimeline;
    class Impatient extends Base {
      static override dataTimeout = 50;
    }
    customElements.define('vr-timeline-impatient', Impatient);
    await withSlowFetch((signals) =>
      warningsOf(async () => {
        let reported: Promise<GlobalEventHandlersEventMap['vr-data-error']> | undefined;
        const t = await at900({
          element: Impatient,
          beforeConnect: (el) => {
            reported = nextEvent(el, 'vr-data-error');
            el.src = '/never.json';
          },
        });
        const { detail } = await reported!;
        expect(detail.source).to.equal('src');
        expect(detail.problems[0]!.message).to.equal('/never.json did not load: no answer in 0.05 s');
        expect(signals[0]!.aborted, 'the fetch is aborted').to.equal(true);
        await t.el.updateComplete;
        expect(t.error()!.textContent).to.contain('Retry');
      }).then(() => undefined),
    );
  });

  it('data that is all invalid shows one short line, with no axis or controls, and tells the editor (not the reader) what was wrong', async () => {
    const warned = await warningsOf(async () => {
      const t = await at900();
      t.el.milestones = [{ id: 'x', date: 'soon', title: 'x' }] as never;
      await t.el.updateComplete;
      await t.el.updateComplete;
      expect(t.markers()).to.have.length(0);
      expect(t.visibleText().trim()).to.equal('No milestones to show.');
      expect(t.shadow().querySelector('.track, .bar, [part~="axis"], [part~="controls"]')).to.equal(null);
      expect(t.error()).to.equal(null);
    });
    expect(warned, 'one console warning').to.have.length(1);
  });
});
