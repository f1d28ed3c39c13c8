import { expect, waitUntil } from '@open-wc/testing';

/**
 * The one-file bundle speaks English by itself and loads Vietnamese or Russian (dist/vr-timeline.lang.<lang>.js)
 * when an element first speaks it. A reader never sees the timeline in another language first.
 */

interface Sample {
  status: string;
  markers: string[];
  table: string;
}

/**
 * Opens a page in `lang` with the bundle from `bundle` and the body given, and records on every frame what the
 * element shows: its status line, its markers' names and the table toggle's text.
 */
async function samplePage(lang: string, body: string, bundle = '/dist/vr-timeline.bundle.js'): Promise<{ doc: Document; samples: Sample[]; warnings: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const samples: Sample[] = [];
  const warnings: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}<script type="module" src="${bundle}"></script></body></html>`;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), warn(...args));
  const sample = () => {
    const root = doc.querySelector('vr-timeline')?.shadowRoot;
    samples.push({
      status: root?.querySelector('.status')?.textContent?.trim() ?? '',
      markers: [...(root?.querySelectorAll('button.marker') ?? [])].map((b) => b.getAttribute('aria-label') ?? ''),
      table: root?.querySelector('button.mode')?.textContent?.trim() ?? '',
    });
    if (samples.length < 600) win.requestAnimationFrame(sample);
  };
  sample();
  return { doc, samples, warnings };
}

const loaded = (doc: Document) =>
  doc
    .defaultView!.performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.replace(/^.*\//, ''))
    .filter((p) => p.endsWith('.js'))
    .sort();

describe('the bundle’s languages', () => {
  it('a Russian page loads the Russian strings beside the data, and the first frame with milestones already speaks Russian', async () => {
    const { doc, samples } = await samplePage('ru', '<vr-timeline orientation="horizontal"></vr-timeline>', '/test/beside-slow/vr-timeline.bundle.js');
    await waitUntil(() => samples.some((s) => s.markers.length > 5), 'no timeline drawn', { timeout: 8000 });
    const drawn = samples.filter((s) => s.markers.length);
    expect(drawn[0]!.table).to.equal('Таблица');
    expect(drawn.every((s) => s.table === 'Таблица')).to.equal(true);
    // While waiting, the one line it shows is Russian too.
    const waiting = samples.filter((s) => s.status);
    expect(waiting.length).to.be.above(0);
    expect([...new Set(waiting.map((s) => s.status))]).to.deep.equal(['Загрузка хроники…']);
    expect(loaded(doc)).to.deep.equal(['vr-timeline.bundle.js', 'vr-timeline.data.ru.js', 'vr-timeline.eras.js', 'vr-timeline.lang.ru.js']);
  });

  it('a Vietnamese page with its own milestones waits for the Vietnamese strings, saying so in Vietnamese, and writes dates as Vietnamese newsrooms do', async () => {
    const { doc, samples } = await samplePage(
      'vi',
      `<vr-timeline orientation="horizontal"><script type="application/json">[{ "id": "one", "date": "1950-01-30", "title": "Một" }, { "id": "two", "date": "1980", "title": "Hai" }]</script></vr-timeline>`,
      '/test/beside-slow/vr-timeline.bundle.js',
    );
    await waitUntil(() => samples.some((s) => s.markers.length === 2), 'the milestones were not drawn', { timeout: 8000 });
    expect(samples.filter((s) => s.markers.length).every((s) => s.markers[0] === '30/1/1950: Một' && s.table === 'Bảng')).to.equal(true);
    expect([...new Set(samples.filter((s) => s.status).map((s) => s.status))]).to.deep.equal(['Đang tải dòng thời gian…']);
    expect(loaded(doc)).to.deep.equal(['vr-timeline.bundle.js', 'vr-timeline.lang.vi.js']);
  });

  it('when the Russian strings cannot load, the timeline shows its milestones with English controls and says why, once', async () => {
    const { samples, warnings } = await samplePage(
      'ru',
      `<vr-timeline orientation="horizontal"><script type="application/json">[{ "id": "one", "date": "1950-01-30", "title": "Один" }]</script></vr-timeline>`,
      '/test/beside-missing/vr-timeline.bundle.js',
    );
    await waitUntil(() => samples.some((s) => s.markers.length === 1), 'the milestone was not drawn', { timeout: 8000 });
    expect(samples.at(-1)!.table).to.equal('Table');
    expect(samples.at(-1)!.markers).to.deep.equal(['30 January 1950: Один']);
    expect(warnings.filter((w) => w.includes('the ru strings did not load'))).to.have.length(1);
  });

  it('an element switched from English to Vietnamese keeps showing English until the Vietnamese strings are at hand, then speaks Vietnamese', async () => {
    const { doc, samples } = await samplePage(
      'en',
      `<vr-timeline orientation="horizontal"><script type="application/json">[{ "id": "one", "date": "1950-01-30", "title": "One" }]</script></vr-timeline>`,
      // An address of its own: the Vietnamese file an earlier test loaded must not come from the cache at once.
      '/test/beside-slow-switch/vr-timeline.bundle.js',
    );
    await waitUntil(() => samples.some((s) => s.markers.length === 1), 'the milestone was not drawn', { timeout: 8000 });
    const from = samples.length;
    doc.querySelector('vr-timeline')!.setAttribute('lang', 'vi');
    await waitUntil(() => samples.at(-1)!.table === 'Bảng', 'never spoke Vietnamese', { timeout: 8000 });
    const after = samples.slice(from);
    // Every frame shows the milestone, in one language or the other, never half of each.
    expect(after.every((s) => (s.table === 'Table' && s.markers[0] === '30 January 1950: One') || (s.table === 'Bảng' && s.markers[0] === '30/1/1950: One'))).to.equal(true);
    expect(after.some((s) => s.table === 'Table')).to.equal(true);
  });
});
