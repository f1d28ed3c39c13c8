import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * style=${cssomStyle({ left: '12px', '--_dx': '4px' })} sets inline style properties through the CSSOM
 * (style.setProperty), on the first render too. Lit's styleMap writes the first render as a `style`
 * attribute, which a Content-Security-Policy without 'unsafe-inline' in style-src blocks: every marker
 * then sat at x = 0 on strict news sites. Keys are CSS property names (kebab-case, custom properties).
 * On the server (@lit-labs/ssr calls only render()) it writes the `style` attribute, the only way HTML can
 * carry it; hydration then sets the same properties through the CSSOM, so nothing moves.
 */
class CssomStyleDirective extends Directive {
  private previous: Readonly<Record<string, string>> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssomStyle goes in a style attribute');
  }

  render(styles: Readonly<Record<string, string>>): string | typeof nothing | typeof noChange {
    return isServer
      ? Object.entries(styles)
          .map(([name, value]) => `${name}:${value}`)
          .join(';') || nothing
      : noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element;
    const previous = this.previous;
    // Every frame of a gesture comes here for each marker: no allocation, and only what changed is written (an
    // unchanged custom property is not even re-parsed).
    for (const name in previous) if (!(name in styles)) style.removeProperty(name);
    for (const name in styles) if (previous[name] !== styles[name]) style.setProperty(name, styles[name]!);
    this.previous = styles;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
