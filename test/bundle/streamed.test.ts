// Reliability review M2: on a streamed page the bundle (an async module) can run while the parser is still
// inside <vr-timeline>, before the editor's data has arrived. The element must wait for it: the built-in
// Vietnam–Russia dataset is never requested or shown, and the editor's data shows once it arrives.
import { expect, waitUntil } from '@open-wc/testing';

for (const form of ['json', 'ol'] as const) {
  it(`a streamed page whose ${form === 'json' ? 'inline JSON' : '<ol>'} arrives 1.5 s after the element upgraded shows it, never the built-in data`, async function () {
    this.timeout(15000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1000px;height:600px;border:0';
    frame.src = `/test/streamed?form=${form}`;
    document.body.append(frame);
    const win = () => frame.contentWindow as (Window & typeof globalThis) | null;
    // The element upgrades while the page is still loading.
    await waitUntil(() => win()?.customElements.get('vr-timeline') !== undefined, 'the bundle did not run', { timeout: 5000 });
    const parsing = win()!.document.readyState === 'loading';
    const el = win()!.document.querySelector('vr-timeline')!;
    const errors: unknown[] = [];
    el.addEventListener('vr-data-error', (e) => errors.push((e as CustomEvent).detail));
    await waitUntil(() => el.shadowRoot?.querySelector('[role="region"]')?.textContent?.includes('EDITOR DATA') ?? false, 'the editor data did not show', { timeout: 8000 });
    const requested = win()!
      .performance.getEntriesByType('resource')
      .map((r) => r.name)
      .filter((name) => name.includes('vr-timeline.data.'));
    const label = el.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label');
    frame.remove();
    expect(parsing, 'the element upgraded before the page was parsed').to.equal(true);
    expect(requested, 'built-in dataset requests').to.deep.equal([]);
    expect(label).to.equal('Timeline');
    expect(errors).to.deep.equal([]);
  });
}
