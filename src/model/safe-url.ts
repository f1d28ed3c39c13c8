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
 * toImageUrl(value) → an http(s) URL or a relative path (resolved by the page), or null for
 * any other scheme. Used for `media.src`, which a newsroom may host beside the article.
 */
export function toImageUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  // A relative reference has no scheme: nothing like "xyz:" before the first / ? or #.
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text)) return text;
  return toHttpUrl(text);
}
