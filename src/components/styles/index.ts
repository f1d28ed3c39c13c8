import { baseStyles } from './base.js';
import { cardStyles } from './cards.js';
import { categoryStyles } from './categories.js';
import { detailStyles } from './detail.js';
import { legendStyles } from './legend.js';
import { mediaStyles } from './media.js';
import { trackStyles } from './track.js';

/**
 * The element's stylesheets, by what they style, in cascade order: later sheets may refine earlier ones, and
 * the media rules (print, forced colours) come last. Composed in `static styles` as Shoelace and Material Web do.
 */
export const styles = [baseStyles, legendStyles, trackStyles, categoryStyles, cardStyles, detailStyles, mediaStyles];
