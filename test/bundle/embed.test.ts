import { expect, waitUntil } from '@open-wc/testing';

/** The README's one-line resize listener, read from the README itself, as a news page's template carries it. */
let listener: (e: MessageEvent) => void = () => {};
before(async () => {
  const readme = await (await fetch('/README.md')).text();
  const script = /<script>(addEventListener\('message',[^\n]*?)<\/script>/.exec(readme)![1]!;
  // The page's own listener, run as the page runs it, but with an addEventListener that hands it to the test.
  const tag = document.createElement('script');
  tag.textContent = `window.vrListener = ((addEventListener) => ${script})((type, f) => f);`;
  document.head.append(tag);
  listener = (window as unknown as { vrListener: (e: MessageEvent) => void }).vrListener;
});

/** dist/embed.html in an iframe of `width` px, as the README's snippet embeds it. */
function embed(query: string, width: number): { frame: HTMLIFrameElement; heights: number[] } {
  const heights: number[] = [];
  const frame = document.createElement('iframe');
  frame.title = 'Timeline';
  frame.style.cssText = `width:${width}px;height:640px;border:0`;
  frame.dataset.vrTimeline = '';
  addEventListener('message', (e: MessageEvent<{ type?: string; height?: number }>) => {
    if (e.source === frame.contentWindow && e.data?.type === 'vr-timeline:height') heights.push(e.data.height!);
  });
  frame.src = `/dist/embed.html?${query}`;
  document.body.append(frame);
  return { frame, heights };
}

const timeline = (frame: HTMLIFrameElement): HTMLElement | null => frame.contentDocument?.querySelector('vr-timeline') ?? null;

describe('dist/embed.html', () => {
  before(() => addEventListener('message', listener));
  after(() => removeEventListener('message', listener));

  it('the README listener resizes only frames marked data-vr-timeline, to 100–20,000 px: an ad frame cannot resize itself (reliability review M1)', async () => {
    const ad = document.createElement('iframe');
    ad.style.cssText = 'width:300px;height:250px;border:0';
    const posted = new Promise((resolve) => addEventListener('message', (e) => e.source === ad.contentWindow && resolve(e), { once: false }));
    ad.src = '/test/fixtures/ad.html';
    document.body.append(ad);
    await posted;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ad.style.height, 'the ad keeps its size').to.equal('250px');
    ad.remove();
    const { frame } = embed('lang=en', 800);
    await waitUntil(() => frame.style.height !== '640px', 'the timeline frame was not fitted', { timeout: 8000 });
    const fitted = frame.style.height;
    for (const height of [100000, 0, 99, '500', -1])
      listener(new MessageEvent('message', { data: { type: 'vr-timeline:height', height }, source: frame.contentWindow, origin: location.origin }));
    expect(frame.style.height, 'out-of-range or non-number heights are ignored').to.equal(fitted);
    frame.remove();
  });

  it('at 375 px in Vietnamese and dark: shows the built-in cards, opens the selected one, and the frame fits its height', async () => {
    const { frame, heights } = embed('lang=vi&theme=dark&selected=1950-01-30-diplomatic-relations', 375);
    await waitUntil(() => (timeline(frame)?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) >= 10, 'no cards', { timeout: 8000 });
    const el = timeline(frame)!;
    expect([el.getAttribute('lang'), el.getAttribute('theme'), frame.contentDocument!.documentElement.lang]).to.deep.equal(['vi', 'dark', 'vi']);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="detail"]') !== null, 'the selected milestone did not open', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('[part~="detail"]')!.textContent).to.match(/30\/1\/1950/);
    await waitUntil(() => heights.length > 0 && frame.style.height === `${heights.at(-1)}px`, 'no height message reached the page', { timeout: 5000 });
    const doc = frame.contentDocument!.documentElement;
    await waitUntil(() => Math.abs(doc.scrollHeight - frame.clientHeight) <= 1, `frame ${frame.clientHeight} px, page ${doc.scrollHeight} px`, { timeout: 5000 });
    // The phone's spine starts with the 10 key events (issue 16).
    expect(heights.at(-1)).to.be.within(1000, 2400);
    frame.remove();
  });

  it('at 1280 px draws the horizontal timeline; when the timeline changes layout the frame gets its new height', async () => {
    const { frame, heights } = embed('lang=ru&orientation=horizontal', 1280);
    await waitUntil(() => (timeline(frame)?.shadowRoot?.querySelectorAll('button.marker').length ?? 0) > 3, 'no markers', { timeout: 8000 });
    // The last height posted is the page's height once the labels and legend are laid out.
    const pageHeight = (): number => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => heights.length > 0 && heights.at(-1) === pageHeight() && pageHeight() > 200, `posted ${heights.join(', ')}`, { timeout: 5000 });
    const wide = heights.at(-1)!;
    expect(wide).to.be.within(200, 900);
    timeline(frame)!.setAttribute('orientation', 'vertical');
    await waitUntil(() => heights.at(-1)! > wide + 500, 'the new height was not posted', { timeout: 5000 });
    frame.remove();
  });

  it('never posts a height under 100 px: the frame keeps its 640 px until the timeline has drawn, then fits it', async () => {
    const { frame, heights } = embed('lang=en', 800);
    await waitUntil(() => (timeline(frame)?.shadowRoot?.querySelectorAll('[part~="card"], button.marker').length ?? 0) > 3, 'nothing drawn', { timeout: 8000 });
    const pageHeight = (): number => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => heights.length > 0 && heights.at(-1) === pageHeight(), `posted ${heights.join(', ')}`, { timeout: 5000 });
    expect(
      heights.filter((h) => h < 100),
      `posted ${heights.join(', ')}`,
    ).to.deep.equal([]);
    frame.remove();
  });

  it('ignores query values that are not attribute values, and shows the built-in data in English', async () => {
    const { frame } = embed('lang=%3Cscript%3E&theme=red&orientation=diagonal&selected=%22x%22&src=javascript:alert(1)', 800);
    await waitUntil(() => (timeline(frame)?.shadowRoot?.querySelectorAll('button.marker, [part~="card"]').length ?? 0) > 3, 'nothing drawn', { timeout: 8000 });
    const el = timeline(frame)!;
    expect(['theme', 'orientation', 'selected', 'src'].map((a) => el.getAttribute(a))).to.deep.equal([null, null, null, null]);
    expect(el.getAttribute('lang')).to.equal('en');
    frame.remove();
  });

  it('the page title is the timeline’s own accessible name in every language (they had drifted apart in Russian)', async () => {
    for (const lang of ['en', 'vi', 'ru']) {
      const { frame } = embed(`lang=${lang}`, 800);
      await waitUntil(() => timeline(frame)?.shadowRoot?.querySelector('[role="region"]')?.getAttribute('aria-label'), 'the timeline did not render', { timeout: 8000 });
      const name = timeline(frame)!.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label');
      expect(frame.contentDocument!.title, lang).to.equal(name);
      frame.remove();
    }
  });

  describe('where src may come from (reliability review L6)', () => {
    // The test server answers on both names; to the page they are two origins.
    const other = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const lines = (frame: HTMLIFrameElement): string[] => [...frame.contentDocument!.querySelectorAll('body > p')].map((p) => p.textContent);

    it('the project copy shows data from its own origin as its own, and names the host of data from elsewhere', async () => {
      const own = embed('lang=en&src=/test/fixtures/three.json', 800);
      await waitUntil(() => (timeline(own.frame)?.shadowRoot?.querySelectorAll('button.marker, [part~="card"]').length ?? 0) === 3, 'the data did not show', { timeout: 8000 });
      expect(lines(own.frame)).to.deep.equal([]);
      own.frame.remove();
      const away = embed(`lang=vi&src=${encodeURIComponent(`${other}/test/fixtures/three.json`)}`, 800);
      await waitUntil(() => timeline(away.frame)?.getAttribute('src') === `${other}/test/fixtures/three.json`, 'src was not passed on', { timeout: 8000 });
      expect(lines(away.frame)).to.deep.equal([`Dữ liệu: ${new URL(other).host}`]);
      away.frame.remove();
    });

    it('a copy that allows only its own origin refuses data from elsewhere, fetches nothing from there, and says so', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:800px;height:640px;border:0';
      frame.src = `/test/fixtures/embed-self.html?src=${encodeURIComponent(`${other}/test/fixtures/three.json`)}`;
      document.body.append(frame);
      await waitUntil(() => timeline(frame)?.shadowRoot?.querySelector('[role="region"]') != null, 'the element did not render', { timeout: 8000 });
      const el = timeline(frame)!;
      expect(el.getAttribute('src')).to.equal(null);
      expect(lines(frame)).to.deep.equal([`This page does not show data from ${new URL(other).host}.`]);
      expect(el.shadowRoot!.querySelectorAll('button.marker, [part~="card"]').length, 'no timeline, not the built-in one either').to.equal(0);
      const fetched = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((r) => r.name)
        .filter((n) => n.startsWith(other) || n.includes('vr-timeline.data.'));
      expect(fetched).to.deep.equal([]);
      frame.remove();
    });
  });
});
