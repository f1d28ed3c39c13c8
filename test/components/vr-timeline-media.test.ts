import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import type { Milestone } from '../../src/model/milestone.js';
import { failOnLitWarnings } from '../helpers/lit-warnings.js';
import { TimelineHarness } from '../helpers/timeline-harness.js';

failOnLitWarnings();

const withMedia = (src: string): Milestone[] => [
  { id: 'relations', date: '1950-01-30', title: 'Diplomatic relations' },
  { id: 'soyuz', date: '1980-07-23', title: 'Soyuz 37', media: { src, alt: 'Pham Tuan on board Soyuz 37', credit: 'TASS' } },
];

/** The detail of the Soyuz milestone open, and the requests the page sends from now on. */
async function opened(src: string): Promise<TimelineHarness> {
  const el = await fixture<VrTimeline>(html`<vr-timeline orientation="horizontal" style="width:900px" selected="soyuz" .milestones=${withMedia(src)}></vr-timeline>`);
  const t = await new TimelineHarness(el).ready(2);
  // In the one-file bundle the players' code may first have to load; an image needs none.
  await waitUntil(() => t.shadow().querySelector('[part~="detail"] figure :is([part~="media"], img)'), 'no media in the detail');
  return t;
}

const requests = (start: boolean) => executeServerCommand<string[] | boolean, { start: boolean }>('vr-requests', { start });

describe('<vr-timeline> media', () => {
  it('a YouTube page is a facade that contacts no Google host until the reader presses play; then the privacy-enhanced player loads, sandboxed, and takes focus', async () => {
    await requests(true);
    const t = await opened('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const facade = t.shadow().querySelector('[part~="media"]')!;
    expect(facade.textContent.replace(/\s+/g, ' ').trim()).to.equal('Pham Tuan on board Soyuz 37 Play on YouTube Nothing is loaded from YouTube until you press play.');
    expect(t.shadow().querySelector('figcaption')!.textContent).to.include('TASS');
    expect(t.shadow().querySelector('iframe, img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = (await requests(false)) as string[];
    const google = /youtube|ytimg|google|gstatic|doubleclick/;
    expect(before.filter((url) => google.test(url))).to.deep.equal([]);
    await requests(true);
    t.shadow().querySelector<HTMLButtonElement>('.facade-play')!.click();
    await waitUntil(() => t.shadow().querySelector('iframe'), 'no player after play');
    const frame = t.shadow().querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(frame.getAttribute('sandbox')!.split(' ').sort()).to.deep.equal([
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-presentation',
      'allow-same-origin',
      'allow-scripts',
    ]);
    expect(frame.getAttribute('allow')).to.equal('autoplay; fullscreen; picture-in-picture');
    expect(frame.title).to.equal('Pham Tuan on board Soyuz 37');
    await waitUntil(() => t.shadow().activeElement === frame, 'the player did not take focus');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = (await requests(false)) as string[];
    expect(after.filter((url) => google.test(url)).map((url) => new URL(url).host)).to.include('www.youtube-nocookie.com');
    expect(after.filter((url) => /(^|\.)youtube\.com|ytimg|doubleclick/.test(new URL(url).host))).to.deep.equal([]);
    // Another milestone, then back: the facade again, so nothing plays by itself.
    t.nav('previous').click();
    await waitUntil(() => !t.shadow().querySelector('iframe'), 'the player stayed');
    t.nav('next').click();
    await waitUntil(() => t.shadow().querySelector('.facade-play'), 'no facade on coming back');
    expect(t.shadow().querySelector('iframe')).to.equal(null);
  });

  it('an audio file has the browser’s player with preload="none", and nothing is requested before play; a video too', async () => {
    await requests(true);
    const t = await opened('/test/fixtures/interview.mp3');
    const audio = t.shadow().querySelector('audio')!;
    expect([audio.controls, audio.preload, audio.getAttribute('aria-label')]).to.deep.equal([true, 'none', 'Pham Tuan on board Soyuz 37']);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(((await requests(false)) as string[]).filter((url) => url.includes('interview.mp3'))).to.deep.equal([]);
    const v = await opened('https://example.org/launch.mp4');
    const video = v.shadow().querySelector('video')!;
    expect([video.controls, video.preload]).to.deep.equal([true, 'none']);
  });

  it('any other address is a link that opens apart; an image is still an image', async () => {
    const t = await opened('https://x.com/tass_agency/status/1');
    const link = t.shadow().querySelector<HTMLAnchorElement>('a[part~="media"]')!;
    expect([link.href, link.textContent.trim(), link.target, link.rel]).to.deep.equal([
      'https://x.com/tass_agency/status/1',
      'Pham Tuan on board Soyuz 37',
      '_blank',
      'noopener noreferrer',
    ]);
    const i = await opened('https://example.org/soyuz.jpg');
    expect(i.shadow().querySelector('figure img')!.getAttribute('alt')).to.equal('Pham Tuan on board Soyuz 37');
  });

  it('the facade, the audio player and the link pass axe, in light and dark', async () => {
    for (const src of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', '/test/fixtures/interview.mp3', 'https://x.com/tass_agency/status/1']) {
      const t = await opened(src);
      await expect(t.el).to.be.accessible();
      t.el.setAttribute('theme', 'dark');
      await t.el.updateComplete;
      // The labels' colours ease over 120 ms: axe reads them once they have arrived.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(t.el).to.be.accessible();
    }
  });

  it('speaks the reader’s language on the facade', async () => {
    const el = await fixture<VrTimeline>(
      html`<vr-timeline lang="ru" orientation="horizontal" style="width:900px" selected="soyuz" .milestones=${withMedia('https://vimeo.com/76979871')}></vr-timeline>`,
    );
    const t = await new TimelineHarness(el).ready(2);
    await waitUntil(() => t.shadow().querySelector('.facade'), 'no facade');
    expect(t.shadow().querySelector('.facade-host')!.textContent).to.equal('Воспроизвести на Vimeo');
  });
});
