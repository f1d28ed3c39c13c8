// The element's public API as the custom elements manifest (dist/custom-elements.json) lists it: attributes
// (with the value each has now on the story's element), properties, methods, events, CSS parts and custom
// properties. The manifest is read defensively: anything private, protected, static or named with a leading
// underscore is left out, and a missing field is an empty list.
import { html, nothing, type TemplateResult } from 'lit';
import manifest from 'virtual:vr-custom-elements';

interface Entry {
  name: string;
  type?: string;
  default?: string;
  description?: string;
}

export interface ElementApi {
  attributes: (Entry & { fieldName?: string })[];
  properties: Entry[];
  methods: Entry[];
  events: Entry[];
  cssParts: Entry[];
  cssProperties: Entry[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const isPublic = (item: Json): boolean =>
  typeof item.name === 'string' && !item.name.startsWith('_') && !item.name.startsWith('#') && (item.privacy === undefined || item.privacy === 'public') && !item.static;

function entry(item: Json): Entry {
  const type = isObject(item.type) ? text(item.type.text) : undefined;
  const params = list(item.parameters)
    .map((p) => text(p.name))
    .filter(Boolean);
  return {
    name: String(item.name),
    type: item.kind === 'method' ? `(${params.join(', ')})` : type,
    // 'undefined', 'null' and '' say only that nothing is set by default.
    default: ['undefined', 'null', "''"].includes(text(item.default) ?? '') ? undefined : text(item.default),
    description: text(item.description) ?? text(item.summary),
  };
}

/** The API of the element with this tag in a parsed manifest, or null when the manifest lacks it. */
export function elementApi(source: unknown, tagName = 'vr-timeline'): ElementApi | null {
  if (!isObject(source)) return null;
  const declaration = list(source.modules)
    .flatMap((module) => list(module.declarations))
    .find((d) => d.tagName === tagName);
  if (!declaration) return null;
  const members = list(declaration.members).filter(isPublic);
  const attributes = list(declaration.attributes).filter(isPublic);
  const reflected = new Set(attributes.map((a) => a.fieldName));
  return {
    attributes: attributes.map((a) => ({ ...entry(a), fieldName: text(a.fieldName) })),
    properties: members.filter((m) => m.kind === 'field' && !reflected.has(m.name)).map(entry),
    methods: members.filter((m) => m.kind === 'method').map(entry),
    events: list(declaration.events).filter(isPublic).map(entry),
    cssParts: list(declaration.cssParts).filter(isPublic).map(entry),
    cssProperties: list(declaration.cssProperties)
      .filter((p) => typeof p.name === 'string')
      .map(entry),
  };
}

export const API = elementApi(manifest);

/** A manifest description's `code` spans as <code>; the rest stays text. */
const prose = (description = ''): TemplateResult => html`${description.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;

function entries(id: string, title: string, items: Entry[], now?: (item: Entry) => TemplateResult): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<section class="api-group" aria-labelledby="${id}-title" id=${id}>
    <h4 id="${id}-title">${title}</h4>
    <dl>
      ${items.map(
        (item) => html`<div class="api-entry">
          <dt><code>${item.name}</code>${item.type ? html` <span class="api-type">${item.type}</span>` : nothing}${item.default ? html` <span class="api-default">default <code>${item.default}</code></span>` : nothing}</dt>
          <dd>${prose(item.description)}${now ? now(item) : nothing}</dd>
        </div>`,
      )}
    </dl>
  </section>`;
}

/** The API panel; `element` is the story's <vr-timeline>, whose attributes are shown as they are now. */
export function renderApiPanel(element: Element | null, api: ElementApi | null = API): TemplateResult {
  const now = (item: Entry): TemplateResult => {
    const value = element?.getAttribute(item.name);
    return html`<span class="api-now">Now: ${value === null || value === undefined ? 'not set' : value === '' ? 'set' : html`<code>${value}</code>`}</span>`;
  };
  return html`<section class="api" aria-labelledby="api-title">
    <h3 id="api-title">Element API</h3>
    ${
      api
        ? html`<p>From <code>custom-elements.json</code>, the manifest in the package (<code>vr-timeline/custom-elements.json</code>).</p>
          <div class="api-groups">
            ${entries('api-attributes', 'Attributes', api.attributes, element ? now : undefined)}
            ${entries('api-properties', 'Properties (JavaScript only)', api.properties)} ${entries('api-methods', 'Methods', api.methods)}
            ${entries('api-events', 'Events', api.events)} ${entries('api-parts', 'CSS parts', api.cssParts)}
            ${entries('api-css-properties', 'CSS custom properties', api.cssProperties)}
          </div>`
        : html`<p class="api-missing">The API list is read from <code>dist/custom-elements.json</code>, which does not exist yet: run <code>npm run analyze</code> (or <code>npm run build</code>) and this page reloads with it.</p>`
    }
  </section>`;
}
