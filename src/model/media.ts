/**
 * What a milestone's `media.src` is, from its address alone (no request): an image, an audio or video file, the
 * page of an item on a host whose player the element can embed after the reader asks, or anything else (a link).
 */
export type MediaKind = 'image' | 'audio' | 'video' | 'player' | 'link';

/** A host's player for a page address: the host's name and the address of its privacy-enhanced embed. */
export interface MediaPlayer {
  host: string;
  frame: string;
}

const path = (src: string): string => src.replace(/[?#].*$/, '');

/** isImage('https://x.org/a.jpg?w=2') → true: an image by its file name's extension (.jpg .png .webp .avif .gif .svg). */
export const isImage = (src: string): boolean => /\.(?:avif|gif|jpe?g|png|svg|webp)$/i.test(path(src));

/**
 * playerOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ') → { host: 'YouTube', frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' }:
 * the privacy-enhanced player of a YouTube (youtube-nocookie.com), Vimeo (`dnt=1`), SoundCloud or Wikimedia
 * Commons address; null for any other address, or one whose item cannot be read from it.
 */
export function playerOf(src: string): MediaPlayer | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  const [first = '', second] = url.pathname.split('/').slice(1);
  if (host === 'youtube.com' || host === 'youtu.be') {
    const id = host === 'youtu.be' ? first : ['shorts', 'embed', 'live'].includes(first) ? second : first === 'watch' ? url.searchParams.get('v') : null;
    return id && /^[\w-]{11}$/.test(id) ? { host: 'YouTube', frame: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` } : null;
  }
  if (host === 'vimeo.com') return /^\d+$/.test(first) ? { host: 'Vimeo', frame: `https://player.vimeo.com/video/${first}?dnt=1&autoplay=1` } : null;
  if (host === 'soundcloud.com')
    return first && second
      ? { host: 'SoundCloud', frame: `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com${url.pathname}`)}&auto_play=true` }
      : null;
  if (host === 'commons.wikimedia.org')
    return first === 'wiki' && /^File:[^/]+$/.test(second ?? '') ? { host: 'Wikimedia Commons', frame: `https://commons.wikimedia.org/wiki/${second!}?embedplayer=yes` } : null;
  return null;
}

/** mediaKind(src) → what the detail shows for it: an image, a player for audio or video, a host's player after the reader asks, or a link. */
export function mediaKind(src: string): MediaKind {
  if (isImage(src)) return 'image';
  if (/\.(?:aac|flac|m4a|mp3|oga|ogg|opus|wav)$/i.test(path(src))) return 'audio';
  if (/\.(?:m4v|mov|mp4|ogv|webm)$/i.test(path(src))) return 'video';
  return playerOf(src) ? 'player' : 'link';
}
