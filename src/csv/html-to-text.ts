const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decode(entity: string): string | undefined {
  if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()];
  const hex = entity[1] === 'x' || entity[1] === 'X';
  const code = parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * stripTags(html) → the text between the tags, in one forward scan (a regex per tag kind rescanned to the end
 * for every unclosed "<": 2.6 s for 210 KB of them). Script and style blocks go whole; a line break becomes a
 * newline, the end of a paragraph, div, heading or list item a blank line; a "<" never closed stays text.
 */
function stripTags(html: string): string {
  const lower = html.toLowerCase();
  // Where the next "</script" / "</style" is, once looked up: -1 once there is none left.
  const closes: Record<string, number> = { script: -2, style: -2 };
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<', at);
    const end = open < 0 ? -1 : html.indexOf('>', open);
    if (end < 0) return out + html.slice(at);
    out += html.slice(at, open);
    at = end + 1;
    const [, slash, name = ''] = /^(\/?)([a-z0-9]*)/i.exec(html.slice(open + 1, end)) ?? [];
    const tag = name.toLowerCase();
    if (!slash && (tag === 'script' || tag === 'style')) {
      if (closes[tag]! !== -1 && closes[tag]! < at) closes[tag] = lower.indexOf(`</${tag}`, at);
      const close = closes[tag]!;
      const after = close < 0 ? -1 : html.indexOf('>', close);
      if (after >= 0) at = after + 1;
    } else if (tag === 'br' && !slash) out += '\n';
    else if (slash && /^(p|div|h[1-6]|li)$/.test(tag)) out += '\n\n';
  }
}

/**
 * htmlToText('<p>Hà Nội &amp; <b>Moskva</b></p><script>x</script>') → 'Hà Nội & Moskva'. The HTML a
 * TimelineJS3 sheet allows becomes plain text by string rules, never by parsing it into a document (so
 * no markup can run, and no Trusted Types sink is touched): script and style blocks go whole, tags go,
 * paragraphs and line breaks stay as blank lines, and entities are decoded last, so an escaped tag stays
 * visible text.
 */
export function htmlToText(html: string): string {
  return stripTags(html)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => decode(entity) ?? whole)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
