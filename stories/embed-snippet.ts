// The embed generator: the HTML a newsroom pastes for the story on screen, following its controls.
// Two forms: a module script and the element (any page that runs scripts), or an iframe of the embed page
// (a CMS that strips scripts), with the one-line listener that fits the frame to its content.
import type { Story, StoryArgs } from './vr-timeline.stories.js';

const CDN = 'https://cdn.jsdelivr.net/npm/vr-timeline@0/dist';
export const BUNDLE_URL = `${CDN}/vr-timeline.bundle.js`;
// Not jsDelivr: it serves .html as text/plain on purpose (jsdelivr/jsdelivr#18252), so a frame of it would show
// source. The release workflow publishes embed.html and the files it loads with the stories site; this is
// package.json's "homepage".
export const EMBED_PAGE_URL = 'https://vr-timeline.github.io/vr-timeline/embed.html';

/**
 * Fits each vr-timeline iframe (marked data-vr-timeline by the page) to the height its embed page reports, between
 * 100 and 20,000 px (DESIGN.md, Packaging). Other frames (an ad, a social embed) cannot resize themselves through it.
 */
export const RESIZE_LISTENER =
  "<script>addEventListener('message',e=>{const h=e.data?.type==='vr-timeline:height'&&e.data.height;if(typeof h==='number'&&h>=100&&h<=20000)for(const f of document.querySelectorAll('iframe[data-vr-timeline]'))if(f.contentWindow===e.source&&new URL(f.src).origin===e.origin)f.style.height=h+'px'})</script>";

/** The controls that set a CSS custom property, the property, and the kind of value it takes. */
export const CSS_CONTROLS = {
  height: { property: '--vr-height', kind: 'height' },
  accent: { property: '--vr-accent', kind: 'color' },
  font: { property: '--vr-font-family', kind: 'font-family' },
} as const satisfies Partial<Record<keyof StoryArgs, { property: string; kind: string }>>;

/** Whether a control's text is a value its CSS property takes (and nothing more: no second declaration, no markup). */
export function isValidCss(control: keyof typeof CSS_CONTROLS, value: string): boolean {
  return !/[<>{};\\]/.test(value) && CSS.supports(CSS_CONTROLS[control].kind, value);
}

/** The custom properties the controls set, valid values only: for the preview's style and the embed's. */
export function customProperties(args: StoryArgs): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [control, { property }] of Object.entries(CSS_CONTROLS) as [keyof typeof CSS_CONTROLS, (typeof CSS_CONTROLS)[keyof typeof CSS_CONTROLS]][]) {
    const value = args[control].trim();
    if (value && isValidCss(control, value)) properties[property] = value;
  }
  return properties;
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element's attributes in the embed, in a stable order: the controls' that are set, then the story's own. */
function attributes(args: StoryArgs, story: Story, baseUrl: string): [string, string][] {
  const set: [string, string][] = [['lang', args.lang]];
  if (args.theme) set.push(['theme', args.theme]);
  if (args.orientation !== 'auto') set.push(['orientation', args.orientation]);
  if (args.selected.trim()) set.push(['selected', args.selected.trim()]);
  if (args.src.trim()) set.push(['src', absoluteUrl(args.src.trim(), baseUrl)]);
  return [...set, ...Object.entries(story.attrs ?? {})];
}

/** A data address as the embedding page must write it: absolute, since the page is elsewhere. */
export function absoluteUrl(src: string, baseUrl: string): string {
  try {
    return new URL(src, baseUrl).href;
  } catch {
    return src;
  }
}

/** `<script type="module" src=…>` and `<vr-timeline …>` (its data as children when the story has them), then
 *  a style rule for the custom properties that are set and the story's script, if any. */
export function scriptEmbed(args: StoryArgs, story: Story, baseUrl: string): string {
  const attrs = attributes(args, story, baseUrl)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const children = story.children ? `\n${indent(story.children)}\n` : '';
  const lines = [`<script type="module" src="${BUNDLE_URL}"></script>`, `<vr-timeline${attrs}>${children}</vr-timeline>`];
  const properties = Object.entries(customProperties(args));
  if (properties.length) lines.push(`<style>vr-timeline { ${properties.map(([name, value]) => `${name}: ${value};`).join(' ')} }</style>`);
  if (story.script) lines.push(`<script type="module">\n${indent(story.script)}\n</script>`);
  return lines.join('\n');
}

/** The embed page in an iframe, with the resize listener; null when the story's data is not at an address
 *  (children or a script), which an iframe cannot carry. */
export function iframeEmbed(args: StoryArgs, story: Story, baseUrl: string, title: string): string | null {
  if (story.children || story.script) return null;
  const query = new URLSearchParams();
  for (const [name, value] of attributes(args, story, baseUrl)) if (['lang', 'theme', 'orientation', 'selected', 'src'].includes(name)) query.set(name, value);
  const label = story.attrs?.label ?? title;
  return [
    `<iframe data-vr-timeline src="${EMBED_PAGE_URL}?${query.toString()}" title="${escapeAttribute(label)}" style="width:100%;height:640px;border:0" loading="lazy"></iframe>`,
    RESIZE_LISTENER,
  ].join('\n');
}

/** The iframe leaves out what only the script embed can carry: name it, so nobody wonders where it went. */
export function iframeLeavesOut(args: StoryArgs, story: Story): string[] {
  const left = Object.keys(customProperties(args));
  for (const name of Object.keys(story.attrs ?? {})) if (name !== 'label') left.push(name);
  return left;
}

/** Milestones as an inline `<script type="application/json">` child, one a line; every `<` is written `\u003c`,
 *  so no text in the data can end the script. */
export function inlineJson(items: readonly unknown[]): string {
  const json = `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`.replace(/</g, '\\u003c');
  return `<script type="application/json">\n${json}\n</script>`;
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
