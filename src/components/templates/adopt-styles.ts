// The look of a lazy part (the table, the media players): a stylesheet its code adds to the element's shadow root
// when it is first used, so the core's stylesheet does not carry it.
const adopted = new WeakMap<ShadowRoot, Set<string>>();

/** Adds the stylesheet `css` to the element's shadow root, once per root. */
export function adoptStyles(root: ShadowRoot | null, css: string): void {
  if (!root) return;
  const done = adopted.get(root) ?? new Set<string>();
  if (done.has(css)) return;
  adopted.set(root, done.add(css));
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else root.append(Object.assign(document.createElement('style'), { textContent: css }));
}
