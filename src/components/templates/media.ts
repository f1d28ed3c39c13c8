// A milestone's media other than an image, in its detail: audio and video files with the browser's own controls,
// loading nothing until played; the page of a YouTube, Vimeo, SoundCloud or Wikimedia Commons item as a facade
// that contacts that host only when the reader asks; anything else as a link. The npm build imports it with the
// element; the one-file bundle loads it (dist/vr-timeline.media.js) when a detail with such media first opens.
// It never imports lit: the element lends it lit's `html` (MediaKit).
import type { TemplateResult } from 'lit';
import { textFor, textLang } from '../../model/localized-text.js';
import { mediaKind, playerOf } from '../../model/media.js';
import type { MilestoneMedia } from '../../model/milestone.js';
import { toHttpUrl } from '../../model/safe-url.js';
import { adoptStyles } from './adopt-styles.js';

/** What the element lends: lit's `html` and `nothing`, and itself (its shadow root takes the styles; it re-renders after a play). */
export interface MediaKit {
  html: (strings: TemplateStringsArray, ...values: unknown[]) => TemplateResult;
  nothing: unknown;
  host: HTMLElement & { requestUpdate(): void; updateComplete: Promise<unknown> };
}

const STRINGS = {
  en: { play: (host: string) => `Play on ${host}`, asks: (host: string) => `Nothing is loaded from ${host} until you press play.` },
  vi: { play: (host: string) => `Phát trên ${host}`, asks: (host: string) => `Nội dung từ ${host} chỉ được tải khi bạn bấm phát.` },
  ru: { play: (host: string) => `Воспроизвести на ${host}`, asks: (host: string) => `Пока вы не нажмёте кнопку, с ${host} ничего не загружается.` },
};

const CSS = `
.facade{display:grid;gap:6px}
.facade-play{all:unset;box-sizing:border-box;display:flex;align-items:center;gap:12px;min-height:44px;padding:12px 16px;border-radius:var(--_radius);background:color-mix(in srgb,var(--_fg) 8%,transparent);cursor:pointer}
.facade-play:hover{background:color-mix(in srgb,var(--_fg) 14%,transparent)}
.facade-play:focus-visible{outline:3px solid var(--_fg);outline-offset:2px}
.facade-icon{flex:none;border-block:10px solid transparent;border-inline-start:16px solid currentColor}
.facade-title{display:block;font-weight:600}
.facade-host,.facade-note{display:block;margin:0;color:var(--_muted);font-size:.875em}
.player{display:block;width:100%;aspect-ratio:16/9;height:auto;border:0;border-radius:calc(var(--_radius)/2)}
.player.SoundCloud{aspect-ratio:auto;height:166px}
audio.player{aspect-ratio:auto;height:auto}
a.player{display:inline;aspect-ratio:auto;color:var(--_fg);text-decoration-color:var(--_accent)}
`;

/** Per element, the address whose player the reader asked for (until another milestone opens), and those the page's CSP refused. */
const played = new WeakMap<object, Map<string, 'playing' | 'refused'>>();

/**
 * renderMedia(kit, media, lang) → the media's player, facade or link. A facade shows the item's `alt`, the
 * host's name and a play button, and no thumbnail (the host's images would contact it). Pressed, it loads the
 * host's privacy-enhanced player in a sandboxed iframe allowed only autoplay, fullscreen and picture-in-picture,
 * and moves focus to it. A page whose CSP refuses the player's host (`frame-src`) gets a link to the item instead.
 */
export function renderMedia(kit: MediaKit, media: MilestoneMedia, lang: string): TemplateResult {
  const { html, nothing, host } = kit;
  adoptStyles(host.shadowRoot, CSS);
  const s = STRINGS[lang as keyof typeof STRINGS] ?? STRINGS.en;
  const [src, alt, altLang] = [media.src, textFor(media.alt, lang), textLang(media.alt, lang) ?? nothing];
  const kind = mediaKind(src);
  if (kind === 'audio') return html`<audio class="player" part="media" controls preload="none" src=${src} aria-label=${alt}></audio>`;
  if (kind === 'video') return html`<video class="player" part="media" controls preload="none" src=${src} aria-label=${alt}></video>`;
  const player = playerOf(src);
  const href = toHttpUrl(src);
  const state = played.get(host)?.get(src);
  if (!player || state === 'refused')
    return href
      ? html`<a class="player" part="media" href=${href} target="_blank" rel="noopener noreferrer" lang=${altLang}>${alt}${player ? ` (${player.host})` : ''}</a>`
      : html`${alt}`;
  if (state === 'playing')
    return html`<iframe
      class="player ${player.host.replace(/\s/g, '')}"
      part="media"
      src=${player.frame}
      title=${alt}
      sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
      allow="autoplay; fullscreen; picture-in-picture"
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  const play = (): void => {
    const states = played.get(host) ?? new Map<string, 'playing' | 'refused'>();
    played.set(host, states.set(src, 'playing'));
    // Once the reader opens another milestone the player goes: coming back shows the facade, and nothing plays by itself.
    host.addEventListener('vr-select', () => states.get(src) === 'playing' && states.delete(src), { once: true });
    // A page whose policy forbids frames from the host reports it: the reader gets the link instead.
    const origin = new URL(player.frame).origin;
    const show = (): void => {
      host.requestUpdate();
      void host.updateComplete.then(() => host.shadowRoot?.querySelector<HTMLElement>('iframe.player, a.player')?.focus());
    };
    const refused = (event: SecurityPolicyViolationEvent): void => {
      if (!event.blockedURI.startsWith(origin)) return;
      states.set(src, 'refused');
      show();
    };
    document.addEventListener('securitypolicyviolation', refused);
    setTimeout(() => document.removeEventListener('securitypolicyviolation', refused), 10_000);
    show();
  };
  return html`<div class="facade" part="media">
    <button type="button" class="facade-play" @click=${play}>
      <span class="facade-icon" aria-hidden="true"></span>
      <span><span class="facade-title" lang=${altLang}>${alt}</span> <span class="facade-host">${s.play(player.host)}</span></span>
    </button>
    <p class="facade-note">${s.asks(player.host)}</p>
  </div>`;
}
