import { html, type TemplateResult } from 'lit';
import { vietnamRussiaMilestones } from '../src/data/vietnam-russia.js';
import { parseCalendarDate } from '../src/model/calendar-date.js';
import { textFor } from '../src/model/localized-text.js';
import './authoring-check.js';
import { BROKEN, FIVE } from './fixtures.js';

/** What every story receives from the page's controls. */
export interface StoryArgs {
  lang: 'en' | 'vi' | 'ru';
  theme: 'auto' | 'light' | 'dark';
}

export interface Story {
  (args: StoryArgs): TemplateResult;
  storyName?: string;
  /** The HTML a newsroom would paste for this story. */
  snippet?: string;
}

/** Component Story Format: Storybook could read this file as it is; stories/main.ts renders it for us. */
export default {
  title: 'Timeline',
  component: 'vr-timeline',
  args: { lang: 'en', theme: 'auto' } satisfies StoryArgs,
};

const tag = (attrs: string) => `<script type="module" src="https://cdn.example/vr-timeline/dist/vr-timeline.bundle.js"></script>\n<vr-timeline${attrs}></vr-timeline>`;

export const BuiltIn: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme}></vr-timeline>`;
BuiltIn.storyName = 'Built-in Vietnam–Russia timeline';
BuiltIn.snippet = tag('');

export const CustomFive: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} .milestones=${FIVE}></vr-timeline>`;
CustomFive.storyName = 'Your own five milestones';
CustomFive.snippet = `import 'vr-timeline/define';\ndocument.querySelector('vr-timeline').milestones = [\n  { id: 'relations', date: '1950-01-30', title: 'Diplomatic relations' },\n  …\n];`;

export const Phone360: Story = ({ lang, theme }) => html`<div style="max-width:360px;border:1px dashed #8888">
  <vr-timeline lang=${lang} theme=${theme}></vr-timeline>
</div>`;
Phone360.storyName = 'In a 360 px column';
Phone360.snippet = tag('');

export const Dark: Story = ({ lang }) => html`<div style="background:#0d1117;padding:12px">
  <vr-timeline lang=${lang} theme="dark" selected="1950-01-30-diplomatic-relations"></vr-timeline>
</div>`;
Dark.storyName = 'Dark theme, a milestone selected';
Dark.snippet = tag(' theme="dark" selected="1950-01-30-diplomatic-relations"');

export const Vietnamese: Story = ({ theme }) => html`<vr-timeline lang="vi" theme=${theme}></vr-timeline>`;
Vietnamese.storyName = 'Tiếng Việt';
Vietnamese.snippet = tag(' lang="vi"');

export const Russian: Story = ({ theme }) => html`<vr-timeline lang="ru" theme=${theme}></vr-timeline>`;
Russian.storyName = 'Русский';
Russian.snippet = tag(' lang="ru"');

export const BadData: Story = ({ lang, theme }) => html`<vr-timeline
  lang=${lang}
  theme=${theme}
  .milestones=${BROKEN}
  @vr-data-error=${(e: CustomEvent) => console.info('vr-data-error', e.detail)}
></vr-timeline>`;
BadData.storyName = 'Bad data: valid milestones still shown';
BadData.snippet = `el.addEventListener('vr-data-error', (e) => console.table(e.detail.problems));`;

export const Phone375Open: Story = ({ lang, theme }) => html`<div style="max-width:375px;border:1px dashed #8888">
  <vr-timeline lang=${lang} theme=${theme} selected="1978-11-03-friendship-treaty"></vr-timeline>
</div>`;
Phone375Open.storyName = 'Phone: a card opened, with Previous / Next';
Phone375Open.snippet = tag(' selected="1978-11-03-friendship-treaty"');

export const StoryCards: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} orientation="vertical" .milestones=${FIVE}></vr-timeline>`;
StoryCards.storyName = 'orientation="vertical" at any width';
StoryCards.snippet = tag(' orientation="vertical"');

export const DeepLink: Story = ({ lang, theme }) => html`<p>
    <a href="#vr-1994-06-16-basic-principles-treaty">#vr-1994-06-16-basic-principles-treaty</a> ·
    <a href="#vr-2001-02-28-strategic-partnership">#vr-2001-02-28-strategic-partnership</a>
  </p>
  <vr-timeline lang=${lang} theme=${theme} hash-sync label="Vietnam and Russia: the milestones"></vr-timeline>`;
DeepLink.storyName = 'hash-sync: links to a milestone, and a label';
DeepLink.snippet = tag(' hash-sync label="Vietnam and Russia: the milestones"');

export const SrcJson: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} src="/data/five.json"></vr-timeline>`;
SrcJson.storyName = 'Data: a JSON file (src)';
SrcJson.snippet = tag(' src="https://example.org/milestones.json"');

export const SrcCsv: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} src="/data/ours.csv"></vr-timeline>`;
SrcCsv.storyName = 'Data: a spreadsheet as CSV, our columns (one bad row)';
SrcCsv.snippet = tag(' src="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv"');

export const SrcTimelineJs: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} src="/data/timelinejs-sheet.csv"></vr-timeline>`;
SrcTimelineJs.storyName = 'Data: an existing TimelineJS3 sheet as CSV';
SrcTimelineJs.snippet = tag(' src="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv"');

const INLINE = [
  { id: 'relations', date: '1950-01-30', title: { en: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao', ru: 'Установлены дипломатические отношения' }, category: 'diplomacy' },
  { id: 'soyuz-37', date: '1980-07-23', endDate: '1980-07-31', title: { en: 'Soyuz 37 with Pham Tuan', vi: 'Soyuz 37 cùng Phạm Tuân', ru: '«Союз-37» с Фам Туаном' }, category: 'science' },
];

export const InlineJson: Story = ({ lang, theme }) => {
  // The JSON child is written as the page would have it, before the element reads it.
  const host = document.createElement('vr-timeline');
  host.setAttribute('lang', lang);
  host.setAttribute('theme', theme);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(INLINE);
  host.append(script);
  return html`${host}`;
};
InlineJson.storyName = 'Data: inline JSON, no JavaScript to write';
InlineJson.snippet = `<vr-timeline>
  <script type="application/json">
    [{ "id": "relations", "date": "1950-01-30", "title": "Diplomatic relations" }, …]
  </script>
</vr-timeline>`;

export const FallbackList: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme}>
    <ol>
      <li><time datetime="1923-06-30">30 June 1923</time>: Nguyen Ai Quoc arrives in Petrograd</li>
      <li><time datetime="1950-01-30">30 January 1950</time>: The USSR and the DRV establish diplomatic relations (<a href="https://en.wikipedia.org/wiki/Russia%E2%80%93Vietnam_relations">Wikipedia</a>)</li>
      <li><time datetime="1980-07">July 1980</time>: Pham Tuan flies on Soyuz 37</li>
      <li><time datetime="2001">2001</time>: A strategic partnership</li>
    </ol>
  </vr-timeline>
  <p><a href="/no-js.html">The same list with JavaScript off</a> (what search engines and readers without scripts see).</p>`;
FallbackList.storyName = 'Data: an <ol> list that reads without JavaScript';
FallbackList.snippet = `<vr-timeline>
  <ol>
    <li><time datetime="1950-01-30">30 January 1950</time>: Diplomatic relations</li>
    …
  </ol>
</vr-timeline>`;

/**
 * The built-in timeline as @lit-labs/ssr renders it on a server (stories/public/ssr/, written by
 * scripts/ssr-page.mjs, which `npm start` runs), in frames whose sandbox runs no scripts: what readers without
 * JavaScript and search engines get. Each card carries its text and sources, shown only when scripts are off.
 */
export const ServerRendered: Story = ({ lang }) => html`<p>
    Server output with JavaScript off, at 375 px and full width.
    <a href="/ssr/${lang}.html">Open the page on its own</a> (no scripts on it); print it to see the print stylesheet.
  </p>
  <iframe src="/ssr/${lang}.html" sandbox title="Server-rendered timeline, 375 px" style="width:375px;max-width:100%;height:640px;border:1px dashed #8888"></iframe>
  <iframe src="/ssr/${lang}.html" sandbox title="Server-rendered timeline, full width" style="width:100%;height:640px;border:1px dashed #8888"></iframe>`;
ServerRendered.storyName = 'Server-rendered, JavaScript off (@lit-labs/ssr)';
ServerRendered.snippet = `// On the server (Node): the element's npm build and @lit-labs/ssr
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'vr-timeline/define';
import { vietnamRussiaMilestones } from 'vr-timeline/data';
const markup = await collectResult(render(html\`<vr-timeline .milestones=\${vietnamRussiaMilestones} lang="vi"></vr-timeline>\`));`;

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

export const TenThousand: Story = ({ lang, theme }) => html`<vr-timeline lang=${lang} theme=${theme} .milestones=${TEN_THOUSAND}></vr-timeline>`;
TenThousand.storyName = '10,000 milestones';

export const AuthoringCheck: Story = () => html`<vr-authoring-check></vr-authoring-check>`;
AuthoringCheck.storyName = 'Check your data (paste JSON or CSV)';

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

/** Story order for the page (and for Storybook, which reads the same name): module exports are sorted by name. */
export const __namedExportsOrder = [
  'BuiltIn',
  'CustomFive',
  'Phone360',
  'Phone375Open',
  'StoryCards',
  'DeepLink',
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
