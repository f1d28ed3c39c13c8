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
 * htmlToText('<p>Hà Nội &amp; <b>Moskva</b></p><script>x</script>') → 'Hà Nội & Moskva'. The HTML a
 * TimelineJS3 sheet allows becomes plain text by string rules, never by parsing it into a document (so
 * no markup can run, and no Trusted Types sink is touched): script and style blocks go whole, tags go,
 * paragraphs and line breaks stay as blank lines, and entities are decoded last, so an escaped tag stays
 * visible text.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => decode(entity) ?? whole)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
