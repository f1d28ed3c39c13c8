// <vr-timeline> rendered in Node with @lit-labs/ssr (from the sources, see scripts/ssr.mjs): what a server
// sends, and what readers without JavaScript and search engines read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadServerElement, renderTimeline } from '../../scripts/ssr.mjs';

/** Out of date order on purpose, with text in three languages. */
const MILESTONES = [
  {
    id: 'soyuz-37',
    date: '1980-07',
    title: { en: 'Pham Tuan flies on Soyuz 37', vi: 'Phạm Tuân bay vào vũ trụ', ru: 'Фам Туан летит на «Союзе-37»' },
    category: 'science',
  },
  {
    id: 'relations',
    date: '1950-01-30',
    title: { en: 'Diplomatic relations', vi: 'Thiết lập quan hệ ngoại giao', ru: 'Установлены дипломатические отношения' },
    description: { en: 'Moscow recognises the DRV.\n\nA second paragraph.', vi: 'Moskva công nhận Việt Nam Dân chủ Cộng hòa.' },
    sources: [{ label: 'Nhân Dân', url: 'https://nhandan.vn/relations' }],
    category: 'diplomacy',
    importance: 3,
  },
  { id: 'partnership', date: '2001', title: { en: 'A strategic partnership', vi: 'Đối tác chiến lược', ru: 'Стратегическое партнёрство' } },
  { id: 'petrograd', date: '1923-06-30', endDate: '1923-07-02', title: { en: 'Arrival in Petrograd', vi: 'Đến Petrograd', ru: 'Прибытие в Петроград' } },
];

/** The text a reader sees: no stylesheet, no comments (Lit's part markers), no tags; spaces collapsed. */
const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** Asserts that every string occurs in `text`, each after the one before. */
function assertInOrder(text, strings) {
  let at = -1;
  for (const s of strings) {
    const next = text.indexOf(s, at + 1);
    assert.ok(next > at, `"${s}" should come after the previous string (found at ${next}, previous at ${at})`);
    at = next;
  }
}

test('renders the given milestones into a declarative shadow root, as cards in date order', async () => {
  const html = await renderTimeline({ milestones: MILESTONES, lang: 'en' });
  assert.match(html, /^<!--[^>]*-->(<!--[^>]*-->)?<vr-timeline[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(html, /class="root vertical"/, 'the server renders the vertical reading: it knows no width');
  assert.equal((html.match(/<button[^>]*class="marker card"/g) ?? []).length, 4);
  assertInOrder(textOf(html), [
    '30 June – 2 July 1923',
    'Arrival in Petrograd',
    '30 January 1950',
    'Diplomatic relations',
    'July 1980',
    'Pham Tuan flies on Soyuz 37',
    '2001',
    'A strategic partnership',
  ]);
  assertInOrder(html, ['datetime="1923-06-30"', 'datetime="1950-01-30"', 'datetime="1980-07"', 'datetime="2001"']);
});

test('each card carries its description and sources, for readers without JavaScript and search engines', async () => {
  const html = await renderTimeline({ milestones: MILESTONES, lang: 'en' });
  assertInOrder(textOf(html), ['Diplomatic relations', 'Moscow recognises the DRV.', 'A second paragraph.', 'Sources', 'Nhân Dân', 'July 1980']);
  assert.match(html, /<a href="https:\/\/nhandan\.vn\/relations"[^>]*>/);
});

test('dates and texts follow lang: Vietnamese and Russian', async () => {
  const vi = textOf(await renderTimeline({ milestones: MILESTONES, lang: 'vi' }));
  assertInOrder(vi, [
    '30/6–2/7/1923',
    'Đến Petrograd',
    '30/1/1950',
    'Thiết lập quan hệ ngoại giao',
    'Moskva công nhận',
    'Tháng 7/1980',
    'Phạm Tuân bay vào vũ trụ',
    '2001',
    'Đối tác chiến lược',
  ]);
  assert.doesNotMatch(vi, /Diplomatic relations|January/);
  const ru = textOf(await renderTimeline({ milestones: MILESTONES, lang: 'ru' }));
  assertInOrder(ru, ['30 января 1950 г.', 'Установлены дипломатические отношения', 'Июль 1980 г.']);
});

test('with milestones there is no loading notice, in any language', async () => {
  for (const lang of ['en', 'vi', 'ru']) {
    const text = textOf(await renderTimeline({ milestones: MILESTONES, lang }));
    assert.doesNotMatch(text, /Loading|Đang tải|Загрузка/, lang);
  }
});

test('eras given with the milestones are headings above the card of their first milestone, in the language of the page', async () => {
  const eras = [
    { id: 'war', start: '1950', end: '1975', label: { en: 'The war years', vi: 'Những năm chiến tranh' } },
    { id: 'now', start: '2001', end: '..', label: 'Partnership' },
  ];
  const vi = await renderTimeline({ milestones: MILESTONES, eras, lang: 'vi' });
  const text = textOf(vi);
  assert.match(text, /Những năm chiến tranh 1950–1975 1950 30\/1\/1950 Thiết lập quan hệ ngoại giao/);
  assert.match(text, /Partnership 2001 – nay 2001 2001 Đối tác chiến lược/);
  assert.match(vi, /<h3 class="era-head" part="era"/);
});

test('a title written as HTML comes out as text', async () => {
  const hostile = [{ id: 'x', date: '1990', title: '<img src=x onerror=alert(1)>', description: '<script>alert(2)</script>' }];
  const html = await renderTimeline({ milestones: hostile, lang: 'en' });
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the title is escaped text');
  assert.ok(html.includes('&lt;script&gt;alert(2)&lt;/script&gt;'), 'the description is escaped text');
  assert.doesNotMatch(html, /<img|<script/);
});

test('a selected milestone is rendered with its detail open', async () => {
  const html = await renderTimeline({ milestones: MILESTONES, lang: 'en', selected: 'relations' });
  assert.match(html, /<section[^>]*id="detail"/);
  assert.match(textOf(html), /Diplomatic relations .*Moscow recognises the DRV\./);
});

test('without milestones: a slot that shows the page’s own fallback list, and no loading notice', async () => {
  const html = await renderTimeline({ lang: 'en' });
  assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>[\s\S]*<\/style>(<!--[^>]*-->)*<slot><\/slot>/);
  assert.doesNotMatch(textOf(html), /Loading|No milestones/);
});

test('the built-in dataset passed by the server renders whole: one card per milestone, in date order', async () => {
  const { vietnamRussiaMilestones } = await loadServerElement('src');
  const html = await renderTimeline({ milestones: vietnamRussiaMilestones, lang: 'vi' });
  const keys = [...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual([...keys].sort(), vietnamRussiaMilestones.map((m) => m.id).sort(), 'every milestone, once');
  const dates = keys.map((id) => vietnamRussiaMilestones.find((m) => m.id === id).date);
  assert.deepEqual(dates, [...dates].sort(), 'in date order');
  assert.match(html, /aria-label="Dòng thời gian"/);
});

test('with the built-in eras a server draws their six headings, and can print the events as JSON-LD (the stories’ server page does)', async () => {
  const { vietnamRussiaMilestones, vietnamRussiaEras, toJsonLd } = await loadServerElement('src');
  const html = await renderTimeline({ milestones: vietnamRussiaMilestones, eras: vietnamRussiaEras, lang: 'ru' });
  assert.equal((html.match(/<h3 class="era-head" part="era"/g) ?? []).length, 6);
  assert.match(textOf(html), /Всеобъемлющее стратегическое партнёрство 27 июля 2012\s*г\. – настоящее время/);
  const ld = toJsonLd(vietnamRussiaMilestones, { lang: 'ru' });
  assert.equal(ld.itemListElement.length, vietnamRussiaMilestones.length);
});
