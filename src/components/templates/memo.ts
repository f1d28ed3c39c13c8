import { noChange } from 'lit';
import { Directive, directive, type Part } from 'lit/directive.js';

/**
 * memo(deps, render) → render() the first time and whenever an item of `deps` differs from the last render's
 * (compared with ===), else leaves the DOM as it is. Lit's `guard` does this for any value; this one takes a
 * list only, which is all the markers need, for about half its bytes.
 */
class MemoDirective extends Directive {
  private last: readonly unknown[] = [];
  render(_deps: readonly unknown[], draw: () => unknown): unknown {
    return draw();
  }
  override update(_part: Part, [deps, draw]: [readonly unknown[], () => unknown]): unknown {
    if (deps.length === this.last.length && deps.every((d, i) => d === this.last[i])) return noChange;
    this.last = deps;
    return draw();
  }
}

export const memo = directive(MemoDirective);
