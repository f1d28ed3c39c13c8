// dist/embed.js, dist/embed.html's script (built by esbuild in `npm run build`): reads the query string into <vr-timeline>'s attributes, loads the bundle beside
// it, and posts the page's height to the parent frame whenever it changes (never under 100 px).
import { TIMELINE_TITLES } from '../i18n/titles.js';

const query = new URLSearchParams(location.search);
const el = document.querySelector('vr-timeline')!;
const FROM: Record<string, string> = { en: 'Data: {host}', vi: 'Dữ liệu: {host}', ru: 'Данные: {host}' };
const REFUSED: Record<string, string> = {
  en: 'This page does not show data from {host}.',
  vi: 'Trang này không hiển thị dữ liệu từ {host}.',
  ru: 'Эта страница не показывает данные с {host}.',
};

/** The query value of `name` when it is one of `allowed` (or matches it), else null: nothing else reaches the element. */
function param(name: string, allowed: string[] | RegExp): string | null {
  const value = query.get(name)?.trim();
  if (!value) return null;
  if (Array.isArray(allowed) ? allowed.includes(value) : allowed.test(value)) return value;
  ignored(name, value, Array.isArray(allowed) ? `one of ${allowed.join(', ')}` : 'a valid value');
  return null;
}

/** Tells the editor who wrote the iframe's address which part of it was left out, and why. */
function ignored(name: string, value: string, expected: string): void {
  console.warn(`vr-timeline embed: ${name}=${JSON.stringify(value)} is ignored; expected ${expected}.`);
}

const lang = param('lang', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/) ?? 'en';
document.documentElement.lang = lang;
document.title = TIMELINE_TITLES[lang.split('-')[0]!.toLowerCase()] ?? TIMELINE_TITLES.en;
el.setAttribute('lang', lang);
const theme = param('theme', ['light', 'dark', 'auto']);
if (theme) {
  el.setAttribute('theme', theme);
  if (theme !== 'auto') document.documentElement.dataset.theme = theme;
}
const orientation = param('orientation', ['auto', 'horizontal', 'vertical']);
if (orientation) el.setAttribute('orientation', orientation);
const selected = param('selected', /^[a-z0-9]+(-[a-z0-9]+)*$/);
if (selected) el.setAttribute('selected', selected);
// src: an http(s) address, or one relative to this page, from an origin the page allows: its
// <meta name="vr-timeline-src" content="…"> lists them ('self', origins, or '*' for any; without it, 'self').
// Data from another origin is shown with a visible line that says where it comes from, so text from
// elsewhere never passes for the host's own; a refused address shows no timeline and says why.
const src = query.get('src')?.trim();
if (src) {
  const url = URL.canParse(src, location.href) ? new URL(src, location.href) : null;
  const allowed = (document.querySelector<HTMLMetaElement>('meta[name="vr-timeline-src"]')?.content ?? 'self').split(/\s+/);
  const own = url?.origin === location.origin;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    ignored('src', src, 'an http(s) address of JSON or CSV'); // the built-in data shows
  else if (allowed.includes('*') || allowed.includes(own ? 'self' : url.origin)) {
    el.setAttribute('src', url.href);
    if (!own) line('source', FROM, url.host);
  } else {
    ignored('src', src, `an address from ${allowed.join(' ')} (this page's <meta name="vr-timeline-src">)`);
    (el as HTMLElement & { milestones: unknown[] }).milestones = [];
    line('refused', REFUSED, url.host);
  }
}

/** A line of text after the timeline, in the page's language. */
function line(name: string, text: Record<string, string>, host: string): void {
  const p = document.createElement('p');
  p.className = name;
  p.textContent = (text[lang.split('-')[0]!.toLowerCase()] ?? text.en!).replace('{host}', host);
  el.after(p);
}

let last = -1;
// Under 100 px the timeline has not drawn yet (the page is 0 px tall until the bundle renders): posting that would
// collapse the frame from the page's height before it grows again, so the frame keeps its height until then.
const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height < 100 || height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'vr-timeline:height', height }, '*');
};
new ResizeObserver(post).observe(document.documentElement);
addEventListener('load', post);

// Loaded after the attributes are set, so the element starts in the right language and layout.
await import(new URL('./vr-timeline.bundle.js', import.meta.url).href);
