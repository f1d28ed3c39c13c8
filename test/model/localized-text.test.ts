import { expect } from '@open-wc/testing';
import { textFor, textLang } from '../../src/model/localized-text.js';

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
