import { expect } from '@open-wc/testing';
import { toHttpUrl, toImageUrl } from '../../src/model/safe-url.js';

describe('toHttpUrl', () => {
  it('toHttpUrl keeps absolute http and https URLs', () => {
    expect(toHttpUrl('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(toHttpUrl(' http://example.org ')).to.equal('http://example.org/');
  });

  it('toHttpUrl refuses every other scheme, relative paths and non-strings', () => {
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'ftp://x.org', '/relative', 'example.org', '', 42, null]) {
      expect(toHttpUrl(bad), String(bad)).to.equal(null);
    }
  });

  it('toImageUrl refuses javascript: and data: disguised with tabs, newlines and control characters (reliability review M5)', () => {
    for (const src of [
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'da\tta:image/svg+xml;base64,AAAA',
      '\u0001data:image/gif;base64,AAAA',
      'images/a\tb.png',
    ]) {
      expect(toImageUrl(src), JSON.stringify(src)).to.equal(null);
    }
    expect(toImageUrl('images/a:b.png'), 'a colon makes it a scheme, as the schema says').to.equal(null);
    expect(toImageUrl('HTTPS://example.org/a.jpg')).to.equal('https://example.org/a.jpg');
  });

  it('toImageUrl allows relative paths but not other schemes', () => {
    expect(toImageUrl('images/bridge.jpg')).to.equal('images/bridge.jpg');
    expect(toImageUrl('https://example.org/a.jpg')).to.equal('https://example.org/a.jpg');
    expect(toImageUrl('javascript:alert(1)')).to.equal(null);
    expect(toImageUrl('data:image/png;base64,AAAA')).to.equal(null);
  });
});
