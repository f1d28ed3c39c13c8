import { expect, waitUntil } from '@open-wc/testing';
import { BUILT_IN_CATEGORIES, CATEGORIES } from '../../src/model/categories.js';

/** Opens a page that holds only the one-file bundle and the bare tag, as a newsroom embed would. */
async function embedPage(body: string, lang = 'en'): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body>${body}<script type="module" src="/dist/vr-timeline.bundle.js"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const markers = (doc: Document) => [...(doc.querySelector('vr-timeline')?.shadowRoot?.querySelectorAll('button.marker') ?? [])];

describe('dist/vr-timeline.bundle.js', () => {
  it('a page with only the bundle and <vr-timeline> shows the built-in timeline, with 1950-01-30 on the 30th in Tokyo', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
    // Horizontal at any width: in this page's serif font, orientation="auto" may read the 984 px element vertically.
    const doc = await embedPage('<vr-timeline orientation="horizontal" view-start="1950-01" view-end="1950-03"></vr-timeline>');
    await waitUntil(() => markers(doc).length > 1, 'the bundle drew no timeline', { timeout: 5000 });
    const names = markers(doc).map((b) => b.getAttribute('aria-label'));
    // Its own marker, or a titled cluster it leads, whose name begins the same way.
    expect(
      names.find((n) => n?.startsWith('30 January 1950: USSR and the Democratic Republic of Vietnam establish diplomatic relations')),
      names.join(' | '),
    ).to.not.equal(undefined);
  });

  it('loads one file for the element, one for the data and one for its eras, and nothing from other hosts', async () => {
    const doc = await embedPage('<vr-timeline></vr-timeline>');
    await waitUntil(() => markers(doc).length > 5, 'the bundle drew no timeline', { timeout: 5000 });
    const scripts = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.endsWith('.js')).sort()).to.deep.equal(['/dist/vr-timeline.bundle.js', '/dist/vr-timeline.data.en.js', '/dist/vr-timeline.eras.js']);
    const hosts = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).host);
    expect(new Set(hosts).size).to.equal(1);
  });

  it('given a milestones array it shows those instead, and never loads the dataset', async () => {
    const doc = await embedPage(`<vr-timeline></vr-timeline><script type="module">
      document.querySelector('vr-timeline').milestones = [
        { id: 'one', date: '1950-01-30', title: 'One' },
        { id: 'two', date: '1980', title: 'Two' },
      ];
    </script>`);
    await waitUntil(() => markers(doc).length === 2, 'the given milestones were not drawn', { timeout: 5000 });
    expect(markers(doc).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['30 January 1950: One', '1980: Two']);
    const scripts = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.includes('vr-timeline.data'))).to.deep.equal([]);
  });

  it('loads the guided tour’s code only when the reader presses Play, and the tour then opens the first milestone', async () => {
    const doc = await embedPage(`<vr-timeline orientation="horizontal"></vr-timeline><script type="module">
      document.querySelector('vr-timeline').milestones = [
        { id: 'one', date: '1950-01-30', title: 'One' },
        { id: 'two', date: '1980', title: 'Two' },
      ];
    </script>`);
    await waitUntil(() => markers(doc).length === 2, 'the given milestones were not drawn', { timeout: 5000 });
    const el = doc.querySelector('vr-timeline')!;
    const parts = () => doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace(/^.*\//, ''));
    expect(parts()).to.not.include('vr-timeline.play.js');
    const opened = new Promise<string>((resolve) =>
      el.addEventListener('vr-select', (e) => resolve((e as CustomEvent<{ milestone: { id: string } }>).detail.milestone.id), { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play"]')!.click();
    expect(await opened).to.equal('one');
    expect(parts()).to.include('vr-timeline.play.js');
    (el as HTMLElement & { pause(): void }).pause();
  });

  it('places markers in proportion to time and labels the axis, with the bundle’s stand-in for d3-scale', async () => {
    const doc = await embedPage(`<vr-timeline></vr-timeline><script type="module">
      document.querySelector('vr-timeline').milestones = ['1950', '1960', '1970', '1980'].map((date) => ({ id: 'y' + date, date, title: date }));
    </script>`);
    await waitUntil(() => markers(doc).length === 4, 'the given milestones were not drawn', { timeout: 5000 });
    const lefts = [...doc.querySelector('vr-timeline')!.shadowRoot!.querySelectorAll<HTMLElement>('li.item')].map((li) => parseFloat(li.style.translate));
    const steps = lefts.slice(1).map((x, i) => x - lefts[i]!);
    expect(steps.every((d) => d > 100)).to.equal(true);
    expect(Math.max(...steps) - Math.min(...steps)).to.be.below(1);
    const ticks = [...doc.querySelector('vr-timeline')!.shadowRoot!.querySelectorAll('[part~="tick"]')].map((t) => t.textContent.trim());
    expect(ticks).to.include('1960');
  });

  it('reads a TimelineJS3 sheet published as CSV, loading the CSV reader (and the eras’ code a sheet may need) from beside the bundle only then', async () => {
    const doc = await embedPage('<vr-timeline src="/test/fixtures/timelinejs-sheet.csv"></vr-timeline>');
    await waitUntil(() => markers(doc).length === 2, 'the sheet was not drawn', { timeout: 5000 });
    expect(markers(doc).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['30 January 1950: Diplomatic relations', '23–31 July 1980: Soyuz 37']);
    const scripts = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.endsWith('.js')).sort()).to.deep.equal(['/dist/vr-timeline.bundle.js', '/dist/vr-timeline.csv.js', '/dist/vr-timeline.eras.js']);
  });

  it('on a Russian page it loads the Russian data and shows Russian titles and dates', async () => {
    const doc = await embedPage('<vr-timeline view-start="1950-01" view-end="1950-03"></vr-timeline>', 'ru');
    await waitUntil(() => markers(doc).length > 1, 'the bundle drew no timeline', { timeout: 5000 });
    const names = markers(doc).map((b) => b.getAttribute('aria-label'));
    expect(names).to.include('30 января 1950\u00a0г.: Установлены дипломатические отношения между СССР и ДРВ');
    const scripts = doc.defaultView!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts).to.include('/dist/vr-timeline.data.ru.js');
  });
});

describe('under a strict Content-Security-Policy', () => {
  /** Opens a page of test/csp/ (served with the strict policy): its document, the violations it reported, and the element's JSON-LD text. */
  async function cspPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document; violations: () => string[]; jsonLd: () => string }> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:800px';
    frame.src = path;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    return {
      frame,
      doc,
      violations: () => (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations,
      jsonLd: () => doc.querySelector('vr-timeline > script[type="application/ld+json"]')?.textContent ?? '',
    };
  }

  it('with a trusted-types allowlist naming the policies the README names, it draws and writes its JSON-LD with no violation; a list without them stops the bundle (reliability review L7)', async () => {
    const readme = await (await fetch('/README.md')).text();
    const [, lit, own] = /With a\s+`trusted-types` allowlist, allow `([\w-]+)` and `([\w-]+)`/.exec(readme) ?? [];
    expect([lit, own], 'the README names the policies').to.deep.equal(['lit-html', 'vr-timeline']);
    const name = `${lit!} ${own!}`;
    const drawn = async (allow: string): Promise<{ count: number; jsonLd: boolean; violations: string[] }> => {
      const { frame, doc, violations, jsonLd } = await cspPage(`/test/csp/page.html?trusted-types=${encodeURIComponent(allow)}`);
      await waitUntil(() => markers(doc).length > 5, '', { timeout: 3000 }).catch(() => undefined);
      // The JSON-LD is written in idle time after the first frame.
      await waitUntil(() => jsonLd().includes('ItemList'), '', { timeout: 1500 }).catch(() => undefined);
      const result = { count: markers(doc).length, jsonLd: jsonLd().includes('ItemList'), violations: violations() };
      frame.remove();
      return result;
    };
    const named = await drawn(`${name} other-policy`);
    expect(named.count).to.be.greaterThan(5);
    expect(named.jsonLd).to.equal(true);
    expect(named.violations).to.deep.equal([]);
    // A list from before the element wrote JSON-LD: the timeline draws, without JSON-LD, and the browser reports the name once.
    const older = await drawn(`${lit!} other-policy`);
    expect(older.count).to.be.greaterThan(5);
    expect(older.jsonLd).to.equal(false);
    expect(older.violations.map((v) => v.split(':')[0])).to.deep.equal(['trusted-types']);
    expect((await drawn('other-policy')).count, 'the allowlist must name it: without it nothing draws').to.equal(0);
  });

  it('a YouTube facade under the strict policy: no violation until the reader presses play; the refused player becomes a link to the video', async () => {
    const { frame, doc, violations } = await cspPage('/test/csp/media.html');
    const root = () => doc.querySelector('vr-timeline')!.shadowRoot!;
    await waitUntil(() => root().querySelector('.facade-play'), 'no facade', { timeout: 5000 });
    expect(root().querySelector('.facade')!.textContent).to.include('Play on YouTube');
    expect(violations()).to.deep.equal([]);
    root().querySelector<HTMLButtonElement>('.facade-play')!.click();
    await waitUntil(() => root().querySelector('a.player'), 'no link after the refusal', { timeout: 5000 });
    const link = root().querySelector<HTMLAnchorElement>('a.player')!;
    expect([link.href, link.textContent.trim(), link.target, link.rel]).to.deep.equal([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'Pham Tuan on board Soyuz 37 (YouTube)',
      '_blank',
      'noopener noreferrer',
    ]);
    expect(root().querySelector('iframe')).to.equal(null);
    // The one report is the browser's refusal of the player's frame, which the fallback answers.
    expect(violations().every((v) => v.startsWith('frame-src') && v.includes('youtube-nocookie.com'))).to.equal(true);
    frame.remove();
  });

  it("draws every marker in its place with default-src 'self'; style-src 'self'; require-trusted-types-for 'script', writes its JSON-LD, and no violation", async () => {
    const { frame, doc, violations, jsonLd } = await cspPage('/test/csp/page.html');
    await waitUntil(() => markers(doc).length > 5, 'the bundle drew no timeline under the CSP', { timeout: 5000 });
    const items = [...doc.querySelector('vr-timeline')!.shadowRoot!.querySelectorAll<HTMLElement>('li.item')];
    const xs = items.map((li) => li.getBoundingClientRect().left);
    expect(new Set(xs.map(Math.round)).size).to.equal(xs.length);
    expect(xs.every((x, i) => i === 0 || x > xs[i - 1]!)).to.equal(true);
    // Its JSON-LD for search engines is written there too (a script's text: a Trusted Types sink for scripts that run).
    await waitUntil(() => jsonLd().includes('"ItemList"'), 'no JSON-LD under the CSP', { timeout: 5000 });
    expect(violations()).to.deep.equal([]);
    frame.remove();
  });
});

describe('dist/custom-elements.json', () => {
  type Manifest = {
    modules: {
      path: string;
      exports?: { kind: string; name: string; declaration: { module: string } }[];
      declarations?: {
        tagName?: string;
        members?: { name: string; privacy?: string }[];
        events?: { name: string; type?: { text: string } }[];
        attributes?: { name: string }[];
        cssParts?: { name: string }[];
        cssProperties?: { name: string; default?: string }[];
      }[];
    }[];
  };
  /** The element's public properties, each with its attribute (null: a property only). */
  const PROPERTIES: [property: string, attribute: string | null][] = [
    ['milestones', null],
    ['eras', null],
    ['src', 'src'],
    ['selected', 'selected'],
    ['lang', 'lang'],
    ['theme', 'theme'],
    ['orientation', 'orientation'],
    ['label', 'label'],
    ['viewStart', 'view-start'],
    ['viewEnd', 'view-end'],
    ['categories', 'categories'],
    ['hashSync', 'hash-sync'],
    ['mode', 'mode'],
    ['query', 'query'],
    ['follow', 'follow'],
    ['expanded', 'expanded'],
  ];
  const load = async (): Promise<Manifest> => (await (await fetch('/dist/custom-elements.json')).json()) as Manifest;

  it('documents every event, attribute and part of <vr-timeline>', async () => {
    const manifest = await load();
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vr-timeline')!;
    expect(element.events!.map((e) => e.name)).to.have.members(['vr-select', 'vr-view-change', 'vr-data-error']);
    expect(element.attributes!.map((a) => a.name)).to.have.members(PROPERTIES.flatMap(([, attribute]) => attribute ?? []));
    expect(element.cssParts!.map((p) => p.name)).to.have.members([
      'axis',
      'tick',
      'milestone',
      'card',
      'label',
      'cluster',
      'detail',
      'nav',
      'controls',
      'legend',
      'legend-item',
      'error',
      'preview',
      'era',
      'table',
      'search',
      'download',
      'show-all',
      'media',
      'play',
    ]);
  });

  it('documents the colour of every built-in category as the category table gives it', async () => {
    const manifest = await load();
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vr-timeline')!;
    const documented = element.cssProperties!.filter((p) => p.name.startsWith('--vr-color-')).map((p) => [p.name.slice('--vr-color-'.length), p.default]);
    expect(documented).to.deep.equal(BUILT_IN_CATEGORIES.map((c) => [c, CATEGORIES[c].color[0]]));
  });

  it('lists the public API only, with typed events, at module paths the package ships', async () => {
    const manifest = await load();
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'vr-timeline')!;
    expect(element.members!.map((m) => m.name)).to.have.members([
      ...PROPERTIES.map(([property]) => property),
      'select',
      'play',
      'pause',
      'zoomTo',
      'zoomIn',
      'zoomOut',
      'resetView',
    ]);
    expect(element.events!.map((e) => e.type?.text)).to.deep.equal(['VrSelectEvent', 'VrViewChangeEvent', 'VrDataErrorEvent']);
    const paths = new Set(manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module)]));
    for (const path of paths) {
      expect(path, path).to.match(/^dist\//);
      expect((await fetch(`/${path}`)).ok, path).to.equal(true);
    }
    const definition = manifest.modules.flatMap((m) => (m.exports ?? []).map((e) => ({ ...e, path: m.path }))).find((e) => e.kind === 'custom-element-definition');
    expect(definition).to.include({ name: 'vr-timeline', path: 'dist/define.js' });
  });
});

describe('inline JSON escaped as the README says (reliability review L8)', () => {
  it('a title holding </script> or <!--<script> stays text, the article after the element is kept, and nothing runs', async function () {
    this.timeout(15000);
    const readme = await (await fetch('/README.md')).text();
    const rule = "JSON.stringify(data).replace(/</g, '\\\\u003c')";
    expect(readme, 'the README gives the escaping rule').to.contain(rule);
    const data = [
      { id: 'a', date: '1950', title: '</script><img src=x onerror="parent.__pwned = 1">' },
      { id: 'b', date: '1951', title: '<!--<script> swallows the rest' },
    ];
    // The rule, as the README writes it.
    const escaped = JSON.stringify(data).replace(/</g, '\\u003c');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:600px';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${location.origin}/dist/vr-timeline.bundle.js"></script></head>
      <body><vr-timeline><script type="application/json">${escaped}</script></vr-timeline><p id="after">The article goes on.</p></body></html>`;
    document.body.append(frame);
    await waitUntil(() => markers(frame.contentDocument!).length === 2, 'the two milestones did not show', { timeout: 8000 });
    const names = markers(frame.contentDocument!).map((b) => b.getAttribute('aria-label'));
    expect(names).to.deep.equal(['1950: </script><img src=x onerror="parent.__pwned = 1">', '1951: <!--<script> swallows the rest']);
    expect(frame.contentDocument!.getElementById('after')?.textContent).to.equal('The article goes on.');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    frame.remove();
  });
});
