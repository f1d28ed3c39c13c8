import { expect } from '@open-wc/testing';
import { isImage, mediaKind, playerOf } from '../../src/model/media.js';

describe('media: what a milestone’s media.src is', () => {
  it('tells images, audio and video files by their file name, whatever the query', () => {
    expect(['https://x.org/a.JPG', 'photo.webp?w=640', 'https://x.org/a.svg#v'].map(isImage)).to.deep.equal([true, true, true]);
    expect(['https://x.org/talk.mp3', 'https://x.org/clip.webm?t=3', 'https://x.org/page', 'https://x.org/a.jpg.html'].map(mediaKind)).to.deep.equal([
      'audio',
      'video',
      'link',
      'link',
    ]);
  });

  it('gives each host’s privacy-enhanced player, and none for an address that names no item', () => {
    const frames = [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
      'https://vimeo.com/76979871',
      'https://soundcloud.com/artist/track-name?si=abc',
      'https://commons.wikimedia.org/wiki/File:Soyuz_37.webm',
    ].map((src) => playerOf(src));
    expect(frames).to.deep.equal([
      { host: 'YouTube', frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' },
      { host: 'YouTube', frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' },
      { host: 'YouTube', frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' },
      { host: 'Vimeo', frame: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1' },
      { host: 'SoundCloud', frame: 'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack-name&auto_play=true' },
      { host: 'Wikimedia Commons', frame: 'https://commons.wikimedia.org/wiki/File:Soyuz_37.webm?embedplayer=yes' },
    ]);
    const none = [
      'https://www.youtube.com/watch?v=x',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"onload="x',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://vimeo.com/channels/staff',
      'https://soundcloud.com/artist',
      'https://commons.wikimedia.org/wiki/Main_Page',
      'javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ',
      'relative/path',
    ].map((src) => playerOf(src));
    expect(none).to.deep.equal(none.map(() => null));
    expect(mediaKind('https://youtu.be/dQw4w9WgXcQ')).to.equal('player');
  });
});
