// dist/embed.js, dist/embed.html's script (built by esbuild in `npm run build`): reads the query string into <vr-timeline>'s attributes, loads the bundle beside
// it, and posts the page's height to the parent frame whenever it changes (never under 100 px).
const query = new URLSearchParams(location.search);
const el = document.querySelector('vr-timeline')!;
const TITLES: Record<string, string> = { en: 'Timeline of Vietnam–Russia relations', vi: 'Dòng thời gian quan hệ Việt Nam – Nga', ru: 'Хронология российско-вьетнамских отношений' };

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
document.title = TITLES[lang.split('-')[0]!.toLowerCase()] ?? TITLES.en!;
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
// src: an http(s) address, or one relative to this page; the element checks the data itself.
const src = query.get('src')?.trim();
if (src) {
  // Not an http(s) address: the built-in data shows.
  const url = URL.canParse(src, location.href) ? new URL(src, location.href) : null;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) el.setAttribute('src', url.href);
  else ignored('src', src, 'an http(s) address of JSON or CSV');
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
