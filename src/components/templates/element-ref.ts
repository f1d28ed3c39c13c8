import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/** A box for an element the last render drew. */
export interface Ref<T extends Element = Element> {
  value?: T;
}

export const createRef = <T extends Element = Element>(): Ref<T> => ({});

/**
 * ref(box) → puts the element it is bound to into `box` on every render. Lit's own `ref` is an async
 * directive that also clears the box when the element leaves; this one (about 100 bytes instead of about 1 KB
 * gzip) only fills it, which is all the element needs: it reads a box right after the render that drew it.
 * It goes on an element only (`<ol ${ref(box)}>`).
 */
class RefDirective extends Directive {
  render(_box: Ref): typeof nothing {
    return nothing;
  }
  override update(part: ElementPart, [box]: [Ref]): typeof noChange {
    box.value = part.element;
    return noChange;
  }
}

export const ref = directive(RefDirective);
