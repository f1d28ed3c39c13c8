/**
 * toHttpUrl(value) → the absolute http(s) URL as a string, or null for anything else
 * (javascript:, data:, relative paths, non-strings). Links in the timeline go through it.
 */
export function toHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * toImageUrl(value) → an http(s) URL or a relative path (resolved by the page), or null for anything
 * else. Used for `media.src`, which a newsroom may host beside the article. As milestones.schema.json
 * says: a control character anywhere (the URL parser drops tabs and newlines, so "java\tscript:" is
 * javascript:) or a colon in a relative path is refused.
 */
export function toImageUrl(value: unknown): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are what this refuses
  if (typeof value !== 'string' || value.trim() === '' || /[\0-\x1f\x7f]/.test(value)) return null;
  const text = value.trim();
  return text.includes(':') ? (/^https?:\/\//i.test(text) ? toHttpUrl(text) : null) : text;
}
