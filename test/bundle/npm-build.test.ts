import { expect, waitUntil } from '@open-wc/testing';
// The npm build as an app imports it: lit and d3 are bare imports the test server resolves, as an app's bundler would.
import '../../dist/define.js';

const dataFiles = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /vr-timeline\.data|\/data\.js$/.test(p));

describe("the npm build: import 'vr-timeline/define'", () => {
  it('a Russian timeline with no data loads the Russian dataset file only, and shows it', async () => {
    const el = document.createElement('vr-timeline');
    el.setAttribute('lang', 'ru');
    el.setAttribute('orientation', 'vertical');
    document.body.append(el);
    await waitUntil(() => (el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) >= 10, 'no built-in cards', { timeout: 5000 });
    expect(dataFiles()).to.deep.equal(['/dist/vr-timeline.data.ru.js']);
    const first = el.shadowRoot!.querySelector('[part~="card"]')!.textContent;
    expect(first).to.match(/Петроград/);
    el.remove();
  });
});
