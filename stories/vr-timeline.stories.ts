import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { vietnamRussiaMilestones } from '../src/data/vietnam-russia.js';
import { parseCalendarDate } from '../src/model/calendar-date.js';
import { textFor } from '../src/model/localized-text.js';
import { defineAuthoringCheck } from './authoring-check.js';
import { customProperties, inlineJson } from './embed-snippet.js';
import { BROKEN, FIVE } from './fixtures.js';

/** What every story receives from the page's controls; '' means "not set" (the attribute or property is left out). */
export interface StoryArgs {
  lang: 'en' | 'vi' | 'ru';
  /** '' leaves the attribute out: the element follows the page's color-scheme. */
  theme: '' | 'auto' | 'light' | 'dark';
  orientation: 'auto' | 'horizontal' | 'vertical';
  selected: string;
  src: string;
  /** --vr-height, a CSS length. */
  height: string;
  /** --vr-accent, a CSS colour. */
  accent: string;
  /** --vr-font-family. */
  font: string;
}

export type Control = keyof StoryArgs;

export interface Story {
  (args: StoryArgs): TemplateResult;
  storyName?: string;
  /** This story's values for the controls (CSF args); a control the story leaves out keeps its value here. */
  args?: Partial<StoryArgs>;
  /** The controls the story offers (default: all). None: a tool page, with no embed. */
  controls?: readonly Control[];
  /** Attributes the story always sets, written into the embed after the controls' ('' for a boolean). */
  attrs?: Record<string, string>;
  /** The element's children in the embed: its data, when that is not at an address. */
  children?: string;
  /** A module script for the embed (data or a listener given in JavaScript). */
  script?: string;
  /** Milestone ids the Selected control suggests (default: the built-in dataset's). */
  ids?: readonly string[];
}

/** Component Story Format: Storybook could read this file as it is; stories/main.ts renders it for us. */
export default {
  title: 'Timeline',
  component: 'vr-timeline',
  args: { lang: 'en', theme: '', orientation: 'auto', selected: '', src: '', height: '', accent: '', font: '' } satisfies StoryArgs,
};

const ALL: readonly Control[] = ['lang', 'theme', 'orientation', 'selected', 'src', 'height', 'accent', 'font'];
const allBut = (...left: Control[]): Control[] => ALL.filter((control) => !left.includes(control));
const FIVE_IDS = FIVE.map((m) => m.id);

/** The element with the controls' attributes and custom properties; `more` for what a story adds. */
function timeline(
  a: StoryArgs,
  more: { milestones?: readonly unknown[]; label?: string; hashSync?: boolean; mode?: string; query?: string; children?: TemplateResult } = {},
): TemplateResult {
  return html`<vr-timeline
    lang=${a.lang}
    theme=${a.theme || nothing}
    orientation=${a.orientation === 'auto' ? nothing : a.orientation}
    selected=${a.selected.trim() || nothing}
    src=${a.src.trim() || nothing}
    label=${more.label ?? nothing}
    ?hash-sync=${more.hashSync ?? false}
    mode=${more.mode ?? nothing}
    query=${more.query ?? nothing}
    .milestones=${more.milestones}
    style=${styleMap(customProperties(a))}
    >${more.children ?? nothing}</vr-timeline
  >`;
}

export const BuiltIn: Story = (a) => timeline(a);
BuiltIn.storyName = 'Built-in Vietnam–Russia timeline';

export const CustomFive: Story = (a) => timeline(a, { milestones: FIVE });
CustomFive.storyName = 'Your own five milestones';
CustomFive.controls = allBut('src');
CustomFive.children = inlineJson(FIVE);
CustomFive.ids = FIVE_IDS;

/** FIVE with media: a video page (an example address: its player says so once loaded) and a file of sound. */
const WITH_MEDIA = FIVE.map((m) =>
  m.id === 'c-1980'
    ? { ...m, media: { src: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', alt: 'Soyuz 37 lifts off (an example address)', credit: 'Example' } }
    : m.id === 'b-1950'
      ? { ...m, media: { src: 'https://example.org/broadcast.mp3', alt: 'The radio announcement (an example address)' } }
      : m,
);

export const Media: Story = (a) => timeline(a, { milestones: WITH_MEDIA });
Media.storyName = 'Media: a video that asks before it loads, a sound file';
Media.args = { selected: 'c-1980', orientation: 'horizontal' };
Media.controls = allBut('src');
Media.children = inlineJson(WITH_MEDIA);
Media.ids = FIVE_IDS;

export const Phone360: Story = (a) => html`<div style="max-width:360px;border:1px dashed #8888">${timeline(a)}</div>`;
Phone360.storyName = 'In a 360 px column';

export const Dark: Story = (a) => html`<div style="background:#0d1117;padding:12px">${timeline(a)}</div>`;
Dark.storyName = 'Dark theme, a milestone selected';
Dark.args = { theme: 'dark', selected: '1950-01-30-diplomatic-relations' };
Dark.controls = allBut('theme');

export const Vietnamese: Story = (a) => timeline(a);
Vietnamese.storyName = 'Tiếng Việt';
Vietnamese.args = { lang: 'vi' };
Vietnamese.controls = allBut('lang');

export const Russian: Story = (a) => timeline(a);
Russian.storyName = 'Русский';
Russian.args = { lang: 'ru' };
Russian.controls = allBut('lang');

export const BadData: Story = (a) => html`<div @vr-data-error=${(e: CustomEvent) => console.info('vr-data-error', e.detail)}>${timeline(a, { milestones: BROKEN })}</div>`;
BadData.storyName = 'Bad data: valid milestones still shown';
BadData.controls = allBut('src');
BadData.children = inlineJson(BROKEN);
BadData.script = "document.querySelector('vr-timeline').addEventListener('vr-data-error', (e) => console.table(e.detail.problems));";
BadData.ids = FIVE_IDS.slice(0, 3);

export const Phone375Open: Story = (a) => html`<div style="max-width:375px;border:1px dashed #8888">${timeline(a)}</div>`;
Phone375Open.storyName = 'Phone: a card opened, with Previous / Next';
Phone375Open.args = { selected: '1978-11-03-friendship-treaty' };

export const StoryCards: Story = (a) => timeline(a);
StoryCards.storyName = 'orientation="vertical" at any width';
StoryCards.args = { orientation: 'vertical', src: 'data/five.json' };
StoryCards.ids = FIVE_IDS;

const DEEP_LINK_LABEL = 'Vietnam and Russia: the milestones';
export const DeepLink: Story = (a) => html`<p>
    <a href="#vr-1994-06-16-basic-principles-treaty">#vr-1994-06-16-basic-principles-treaty</a> ·
    <a href="#vr-2001-02-28-strategic-partnership">#vr-2001-02-28-strategic-partnership</a>
  </p>
  ${timeline(a, { hashSync: true, label: DEEP_LINK_LABEL })}`;
DeepLink.storyName = 'hash-sync: links to a milestone, and a label';
DeepLink.attrs = { 'hash-sync': '', label: DEEP_LINK_LABEL };

export const TableSearch: Story = (a) => timeline(a, { mode: 'table', query: 'Putin' });
TableSearch.storyName = 'Table view, with a search';
TableSearch.attrs = { mode: 'table', query: 'Putin' };

export const SrcJson: Story = (a) => timeline(a);
SrcJson.storyName = 'Data: a JSON file (src)';
SrcJson.args = { src: 'data/five.json' };
SrcJson.ids = FIVE_IDS;

export const SrcCsv: Story = (a) => timeline(a);
SrcCsv.storyName = 'Data: a spreadsheet as CSV, our columns (one bad row)';
SrcCsv.args = { src: 'data/ours.csv' };
SrcCsv.ids = [];

export const SrcTimelineJs: Story = (a) => timeline(a);
SrcTimelineJs.storyName = 'Data: an existing TimelineJS3 sheet as CSV';
SrcTimelineJs.args = { src: 'data/timelinejs-sheet.csv' };
SrcTimelineJs.ids = [];

const INLINE = [
  {
    id: 'relations',
    date: '1950-01-30',
    title: { en: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao', ru: 'Установлены дипломатические отношения' },
    category: 'diplomacy',
  },
  {
    id: 'soyuz-37',
    date: '1980-07-23',
    endDate: '1980-07-31',
    title: { en: 'Soyuz 37 with Pham Tuan', vi: 'Soyuz 37 cùng Phạm Tuân', ru: '«Союз-37» с Фам Туаном' },
    category: 'science',
  },
];

/** The inline-JSON element is made once: the JSON child must be in it before it upgrades, and keeping it
 *  keeps the reader's place (and focus) while the controls change its attributes. */
let inlineHost: HTMLElement | undefined;
export const InlineJson: Story = (a) => {
  if (!inlineHost) {
    inlineHost = document.createElement('vr-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(INLINE);
    inlineHost.append(script);
  }
  const host = inlineHost;
  // Only what changed is written: the page watches the element's attributes and draws itself again.
  const set = (name: string, value: string) => {
    if ((host.getAttribute(name) ?? '') === value) return;
    if (value) host.setAttribute(name, value);
    else host.removeAttribute(name);
  };
  set('lang', a.lang);
  set('theme', a.theme);
  set('orientation', a.orientation === 'auto' ? '' : a.orientation);
  set('selected', a.selected.trim());
  set(
    'style',
    Object.entries(customProperties(a))
      .map(([name, value]) => `${name}: ${value};`)
      .join(' '),
  );
  return html`${host}`;
};
InlineJson.storyName = 'Data: inline JSON, no JavaScript to write';
InlineJson.controls = allBut('src');
InlineJson.children = inlineJson(INLINE);
InlineJson.ids = INLINE.map((m) => m.id);

/** The list as the page writes it (a constant, so unsafeHTML renders only this text). */
const FALLBACK_LIST = `<ol>
  <li><time datetime="1923-06-30">30 June 1923</time>: Nguyen Ai Quoc arrives in Petrograd</li>
  <li><time datetime="1950-01-30">30 January 1950</time>: The USSR and the DRV establish diplomatic relations (<a href="https://en.wikipedia.org/wiki/Russia%E2%80%93Vietnam_relations">Wikipedia</a>)</li>
  <li><time datetime="1980-07">July 1980</time>: Pham Tuan flies on Soyuz 37</li>
  <li><time datetime="2001">2001</time>: A strategic partnership</li>
</ol>`;

export const FallbackList: Story = (a) => html`${timeline(a, { children: html`${unsafeHTML(FALLBACK_LIST)}` })}
  <p><a href="no-js.html">The same list with JavaScript off</a> (what search engines and readers without scripts see).</p>`;
FallbackList.storyName = 'Data: an <ol> list that reads without JavaScript';
FallbackList.controls = allBut('src');
FallbackList.ids = [];
FallbackList.children = FALLBACK_LIST;

/**
 * The built-in timeline as @lit-labs/ssr renders it on a server (stories/public/ssr/, written by
 * scripts/ssr-page.mjs, which `npm start` runs), in frames whose sandbox runs no scripts: what readers without
 * JavaScript and search engines get. Each card carries its text and sources, shown only when scripts are off.
 */
const SSR_CODE = `// On the server (Node): the element's npm build and @lit-labs/ssr
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'vr-timeline/define';
import { vietnamRussiaMilestones } from 'vr-timeline/data';
const markup = await collectResult(render(html\`<vr-timeline .milestones=\${vietnamRussiaMilestones} lang="vi"></vr-timeline>\`));`;

export const ServerRendered: Story = ({ lang }) => html`<p>
    Server output with JavaScript off, at 375 px and full width.
    <a href="ssr/${lang}.html">Open the page on its own</a> (no scripts on it); print it to see the print stylesheet.
  </p>
  <pre><code>${SSR_CODE}</code></pre>
  <iframe src="ssr/${lang}.html" sandbox title="Server-rendered timeline, 375 px" style="width:375px;max-width:100%;height:640px;border:1px dashed #8888"></iframe>
  <iframe src="ssr/${lang}.html" sandbox title="Server-rendered timeline, full width" style="width:100%;height:640px;border:1px dashed #8888"></iframe>`;
ServerRendered.storyName = 'Server-rendered, JavaScript off (@lit-labs/ssr)';
ServerRendered.controls = ['lang'];

/** 10,000 generated milestones over 1900–2025: clusters on the axis; on a phone, only the cards near the viewport are drawn. */
const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) => {
  const year = 1900 + Math.floor((i / 10_000) * 125);
  return {
    id: `m-${i}`,
    date: `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    title: `Milestone ${i + 1}`,
    category: ['diplomacy', 'economy', 'energy', 'science'][i % 4],
    importance: ((i % 3) + 1) as 1 | 2 | 3,
  };
}).sort((a, b) => a.date.localeCompare(b.date));

export const TenThousand: Story = (a) => timeline(a, { milestones: TEN_THOUSAND });
TenThousand.storyName = '10,000 milestones';
TenThousand.controls = allBut('src');
TenThousand.script = "// Your Milestone[]: here, 10,000 generated ones.\ndocument.querySelector('vr-timeline').milestones = milestones;";
TenThousand.ids = [];

defineAuthoringCheck();
export const AuthoringCheck: Story = () => html`<vr-authoring-check></vr-authoring-check>`;
AuthoringCheck.storyName = 'Check your data (paste JSON or CSV)';
AuthoringCheck.controls = [];

/** The built-in dataset as a table for proofreading against shared/facts.md: every language side by side. */
export const DatasetProofreading: Story = () => html`<p>${vietnamRussiaMilestones.length} milestones. Dates are shown as stored (ISO, UTC calendar dates).</p>
  <table class="proofread">
    <thead>
      <tr><th>#</th><th>date</th><th>end</th><th>precision</th><th lang="en">title (en)</th><th lang="vi">title (vi)</th><th lang="ru">title (ru)</th><th>category</th><th>importance</th><th>sources</th></tr>
    </thead>
    <tbody>
      ${vietnamRussiaMilestones.map(
        (m, i) => html`<tr id=${m.id}>
          <td>${i + 1}</td>
          <td><time datetime=${m.date}>${m.date}</time></td>
          <td>${m.endDate ?? ''}</td>
          <td>${parseCalendarDate(m.date)?.precision}${m.endDate ? ` / ${parseCalendarDate(m.endDate)?.precision ?? ''}` : ''}</td>
          ${(['en', 'vi', 'ru'] as const).map((lang) => html`<td lang=${lang}><strong>${textFor(m.title, lang)}</strong><br /><small>${textFor(m.description, lang)}</small></td>`)}
          <td>${m.category}</td>
          <td>${m.importance ?? 2}</td>
          <td>
            ${(m.sources ?? []).map(
              (s) =>
                html`<p>
                  <a href=${s.url} target="_blank" rel="noopener noreferrer">${new URL(s.url).hostname}</a><br />
                  ${(['en', 'vi', 'ru'] as const).map((lang) => html`<small lang=${lang}>${textFor(s.label, lang)}</small><br />`)}
                </p>`,
            )}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
DatasetProofreading.storyName = 'Dataset proofreading table';
DatasetProofreading.controls = [];

/** Story order for the page (and for Storybook, which reads the same name): module exports are sorted by name. */
export const __namedExportsOrder = [
  'BuiltIn',
  'CustomFive',
  'Phone360',
  'Phone375Open',
  'StoryCards',
  'DeepLink',
  'TableSearch',
  'Media',
  'Dark',
  'Vietnamese',
  'Russian',
  'SrcJson',
  'SrcCsv',
  'SrcTimelineJs',
  'InlineJson',
  'FallbackList',
  'ServerRendered',
  'BadData',
  'TenThousand',
  'AuthoringCheck',
  'DatasetProofreading',
];
