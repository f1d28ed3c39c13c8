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
 * withoutBlocks(html, tag) → `html` without its script or style blocks. Only the text up to the last closing tag is
 * searched: an opening tag after it has no end to find, and searching for one from each (as one regex over the
 * whole text did) rescanned to the end every time: 2.6 s for 210 KB of unclosed "<script".
 */
function withoutBlocks(html: string, tag: string): string {
  const last = html.toLowerCase().lastIndexOf(`</${tag}`);
  const cut = last < 0 ? -1 : html.indexOf('>', last);
  return cut < 0 ? html : html.slice(0, cut + 1).replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '') + html.slice(cut + 1);
}

/**
 * htmlToText('<p>Hà Nội &amp; <b>Moskva</b></p><script>x</script>') → 'Hà Nội & Moskva'. The HTML a
 * TimelineJS3 sheet allows becomes plain text by string rules, never by parsing it into a document (so
 * no markup can run, and no Trusted Types sink is touched): script and style blocks go whole, tags go,
 * paragraphs and line breaks stay as blank lines, and entities are decoded last, so an escaped tag stays
 * visible text.
 */
export function htmlToText(html: string): string {
  return (
    withoutBlocks(withoutBlocks(html, 'script'), 'style')
      .replace(/<br\b[^<>]*>/gi, '\n')
      .replace(/<\/(p|div|h[1-6]|li)\s*>/gi, '\n\n')
      // A tag ends at its ">"; a "<" that meets another "<" first is text (no rescan to the end).
      .replace(/<[^<>]*>/g, '')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => decode(entity) ?? whole)
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
