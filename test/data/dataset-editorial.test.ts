import { expect } from '@open-wc/testing';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';
import type { LocalizedText } from '../../src/model/milestone.js';

// The classes of error the editorial review (shared/reviews/dataset-review.md) found, as checks that fail
// on the text it reviewed: a number that differs between languages, an editorial label, a source on a
// mirror or with a broken host, a label in one language only, mixed scripts, straight quotes.

const LANGS = ['en', 'vi', 'ru'] as const;
type Lang = (typeof LANGS)[number];

const textOf = (t: LocalizedText | undefined, lang: Lang): string => (typeof t === 'string' ? t : (t?.[lang] ?? ''));
const fullText = (m: (typeof vietnamRussiaMilestones)[number], lang: Lang): string => `${textOf(m.title, lang)}\n${textOf(m.description, lang)}`;

const MONTHS: Record<Lang, [RegExp, number][]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((name, i) => [
    new RegExp(`\\b${name}\\b`, 'giu'),
    i + 1,
  ]),
  vi: [], // Vietnamese writes months as numbers: "tháng 6/1979", "9/7".
  ru: ['январ', 'феврал', 'март', 'апрел', 'ма[йяе](?!\\p{L})', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'].map((stem, i) => [
    new RegExp(`(?<![\\p{L}])${stem}\\p{L}*`, 'giu'),
    i + 1,
  ]),
};

// Counts written as words (six and up; smaller ones are idioms such as "both" or "hai bên").
const NUMBER_WORDS: Record<Lang, [RegExp, number][]> = {
  en: [
    [/\bsix\b/giu, 6],
    [/\bseven\b/giu, 7],
    [/\beight\b/giu, 8],
    [/\bnine\b/giu, 9],
    [/\bten(th)?\b/giu, 10],
    [/\beleven\b/giu, 11],
    [/\btwelve\b/giu, 12],
    [/\bdozen\b/giu, 12],
  ],
  vi: [
    [/(?<!\p{L})mười một(?!\p{L})/giu, 11],
    [/(?<!\p{L})mười hai(?!\p{L})/giu, 12],
    [/(?<!\p{L})mười(?!\p{L})/giu, 10],
    [/(?<!\p{L})sáu(?!\p{L})/giu, 6],
    [/(?<!\p{L})bảy(?!\p{L})/giu, 7],
    [/(?<!\p{L})tám(?!\p{L})/giu, 8],
    [/(?<!\p{L})chín(?!\p{L})/giu, 9],
  ],
  ru: [
    [/(?<!\p{L})шест(ь|и)(?!\p{L})/giu, 6],
    [/(?<!\p{L})сем(ь|и)(?!\p{L})/giu, 7],
    [/(?<!\p{L})восем(ь|и)(?!\p{L})/giu, 8],
    [/(?<!\p{L})девят(ь|и)(?!\p{L})/giu, 9],
    [/(?<!\p{L})десят\p{L}*/giu, 10],
    [/(?<!\p{L})одиннадцат\p{L}*/giu, 11],
    [/(?<!\p{L})двенадцат\p{L}*/giu, 12],
  ],
};

/** The set of numbers a text states: numerals (1,920 = 1.920 = 1920; 2.7 = 2,7), month names and counts. */
export function numbersIn(text: string, lang: Lang): Set<string> {
  const found = new Set<string>();
  let rest = text;
  for (const [pattern, n] of [...NUMBER_WORDS[lang], ...MONTHS[lang]]) {
    rest = rest.replace(pattern, () => {
      found.add(String(n));
      return ' ';
    });
  }
  const joined = rest
    .replace(/(\d)[,.\u00a0\u202f ](\d{3})(?!\d)/gu, '$1$2') // thousands separators of every language
    .replace(/(\d),(\d)/gu, '$1.$2'); // decimal comma
  for (const match of joined.matchAll(/\d+(\.\d+)?/gu)) found.add(String(Number(match[0])));
  return found;
}

describe('built-in dataset: editorial checks', () => {
  it('numbersIn reads each language’s way of writing the same figures', () => {
    expect([...numbersIn('1,920 MW on 6 November 1979; US$2.7 billion; seven documents', 'en')].sort()).to.deep.equal(['11', '1920', '1979', '2.7', '6', '7'].sort());
    expect([...numbersIn('1.920 MW ngày 6/11/1979; 2,7 tỷ USD; ký 7 văn kiện', 'vi')].sort()).to.deep.equal(['11', '1920', '1979', '2.7', '6', '7'].sort());
    expect([...numbersIn('1920 МВт 6 ноября 1979 г.; 2,7 млрд долларов; семь документов', 'ru')].sort()).to.deep.equal(['11', '1920', '1979', '2.7', '6', '7'].sort());
    // The review's 2024 error: about a dozen (en), about ten (vi, ru).
    expect(numbersIn('signed about a dozen documents', 'en')).to.not.deep.equal(numbersIn('ký khoảng mười văn kiện', 'vi'));
  });

  it('states the same numbers in every language of a milestone', () => {
    for (const m of vietnamRussiaMilestones) {
      const en = [...numbersIn(fullText(m, 'en'), 'en')].sort();
      for (const lang of ['vi', 'ru'] as const) {
        expect([...numbersIn(fullText(m, lang), lang)].sort(), `${m.id}: ${lang} vs en`).to.deep.equal(en);
      }
    }
  });

  it('uses no editorial labels or unsourced superlatives', () => {
    const labels = [
      /russia-led|soviet-led|russian-led|soviet bloc|kremlin leader|very first|historic|fraternal|brotherly/iu,
      /do Nga dẫn dắt|do Liên Xô đứng đầu|khối Xô viết|nhà lãnh đạo Điện Kremli|anh em|lịch sử chưa từng có/iu,
      /возглавляем\p{L}* Росси|советск\p{L}* блок|руководител\p{L}* Кремля|братск\p{L}*|историческ\p{L}*/iu,
    ];
    for (const m of vietnamRussiaMilestones) {
      for (const lang of LANGS) {
        for (const label of labels) expect(fullText(m, lang), `${m.id} (${lang})`).to.not.match(label);
      }
    }
  });

  it('cites https sources on clean hosts: no mirrors, document-sharing or beta sites, no tag pages', () => {
    const banned = /(^|\.)(remotevs\.com|123docz\.net|slideshare\.net|scribd\.com|studocu\.com)$|^beta/u;
    for (const m of vietnamRussiaMilestones) {
      const urls = (m.sources ?? []).map((s) => s.url);
      expect(new Set(urls).size, `${m.id}: a URL cited twice`).to.equal(urls.length);
      for (const raw of urls) {
        const url = new URL(raw);
        expect(url.protocol, raw).to.equal('https:');
        expect(url.hostname, raw).to.match(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/u); // no trailing dot, no odd characters
        expect(raw.startsWith(`https://${url.hostname}/`), `${raw}: the host as written`).to.equal(true);
        expect(url.hostname, raw).to.not.match(banned);
        expect(url.pathname, raw).to.not.match(/\/tags?\//u);
      }
    }
  });

  it('names every source’s publisher in en, vi and ru, and no two sources of a milestone alike', () => {
    for (const m of vietnamRussiaMilestones) {
      for (const lang of LANGS) {
        const labels = (m.sources ?? []).map((s) => textOf(s.label, lang).trim());
        for (const label of labels) expect(label, `${m.id} source label (${lang})`).to.not.equal('');
        expect(new Set(labels).size, `${m.id}: two sources with one label (${lang})`).to.equal(labels.length);
        for (const s of m.sources ?? []) expect(typeof s.label === 'object' && s.label[lang], `${m.id} ${s.url} (${lang})`).to.be.a('string');
      }
    }
  });

  it('never mixes Latin and Cyrillic letters in one word, and uses typographic quotes', () => {
    for (const m of vietnamRussiaMilestones) {
      const texts = LANGS.flatMap((lang) => [fullText(m, lang), ...(m.sources ?? []).map((s) => textOf(s.label, lang))]);
      for (const text of texts) {
        for (const word of text.split(/[^\p{L}]+/u)) {
          expect(/\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word), `${m.id}: "${word}"`).to.equal(false);
        }
        expect(text, `${m.id}: straight quote or apostrophe`).to.not.match(/['"]/u);
      }
      expect(fullText(m, 'ru'), `${m.id}: Russian quotes are «ёлочки»`).to.not.match(/[“”„]/u);
    }
  });

  it('writes Russian years as “г.” / “гг.”, the house style', () => {
    for (const m of vietnamRussiaMilestones) {
      expect(fullText(m, 'ru'), m.id).to.not.match(/\d{4}\s+год(а|у|ах|ов)?(?!\p{L})/u);
    }
  });
});
