import { expect } from '@open-wc/testing';
import { fold, textFor, textLang } from '../../src/model/localized-text.js';

describe('textFor and textLang', () => {
  it('textFor picks the language, its base, English, then the first; textLang names it only when it is a fallback', () => {
    const title = { en: 'Forum', ru: 'Форум' };
    expect([textFor(title, 'ru-RU'), textLang(title, 'ru-RU')]).to.deep.equal(['Форум', undefined]);
    expect([textFor(title, 'vi'), textLang(title, 'vi')]).to.deep.equal(['Forum', 'en']);
    expect([textFor({ ru: 'Форум' }, 'vi'), textLang({ ru: 'Форум' }, 'vi')]).to.deep.equal(['Форум', 'ru']);
    expect([textFor({ und: 'Forum', vi: '' }, 'vi'), textLang({ und: 'Forum', vi: '' }, 'vi')]).to.deep.equal(['Forum', undefined]);
    expect(textLang('Forum', 'vi')).to.equal(undefined);
  });
});

describe('fold', () => {
  it('drops case and diacritics, Vietnamese đ and Russian ё included, and collapses spaces: what a search and an id match on', () => {
    expect(fold('  Hà Nội\n  ĐÀ NẴNG ')).to.equal('ha noi da nang');
    expect(fold('Всеобъемлющее стратегическое ПАРТНЁРСТВО')).to.equal('всеобъемлющее стратегическое партнерство');
    expect(fold('Nguyễn Ái Quốc')).to.equal(fold('nguyen ai quoc'));
  });
});
