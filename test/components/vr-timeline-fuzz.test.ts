// Issue 17: hostile shapes and strings over all five data routes (property, src JSON, src CSV, inline JSON, the
// <ol> fallback). For each generated input: no exception escapes to the page, no script runs (payloads set a global
// trap), every item is either shown or reported in vr-data-error, and the element still renders.
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { VrTimeline } from '../../src/components/vr-timeline.js';
import { failOnLitWarnings, warningsOf } from '../helpers/lit-warnings.js';
import { mount } from '../helpers/mount.js';

type Trap = Window & { vrPwned?: number };
const trap = window as Trap;

/** Strings a careless editor or an attacker may put anywhere. Each executable one sets window.vrPwned. */
const hostile = fc.constantFrom(
  '<img src=x onerror="window.vrPwned=1">',
  '<script>window.vrPwned=1</script>',
  '</script><script>window.vrPwned=1</script>',
  'javascript:window.vrPwned=1',
  'java\tscript:window.vrPwned=1',
  '\u0001javascript:window.vrPwned=1',
  'data:text/html,<script>window.vrPwned=1</script>',
  '"><svg onload="window.vrPwned=1">',
  '{{constructor.constructor("window.vrPwned=1")()}}',
  '&lt;b&gt;bold&lt;/b&gt; &amp;',
  '\u202eRTL override',
  'Nguyễn Ái Quốc, «Правда»',
  'a'.repeat(500),
  '',
  '   ',
);
const text = fc.oneof(hostile, fc.string({ maxLength: 40 }));
const date = fc.constantFrom('1950', '1950-01', '1950-01-30', '2024-02-29', '2023-02-29', '1950-13', '30/01/1950', '', '0000', '9999-12-31');
const url = fc.oneof(hostile, fc.constantFrom('https://example.org/a', 'http://example.org/b.png', 'images/c.png', '//evil.example/x'));
const item = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^[a-z]{1,5}$/), text),
    date,
    title: fc.oneof(text, fc.dictionary(fc.constantFrom('en', 'vi', 'ru', '__proto__', 'constructor'), text, { maxKeys: 3 })),
    description: text,
    category: fc.oneof(fc.constantFrom('diplomacy', 'science', 'Bad Cat', '__proto__'), text),
    importance: fc.constantFrom(1, 2, 3, 4, '3', null),
    sources: fc.array(fc.record({ label: text, url }), { maxLength: 2 }),
    media: fc.record({ src: url, alt: text }),
  },
  { requiredKeys: ['id', 'date', 'title'] },
);
const items = fc.array(item, { minLength: 1, maxLength: 6 });

/** A CSV cell: quoted, with its quotes doubled. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
const cell = (value: unknown): string => `"${textOf(value).replace(/"/g, '""')}"`;

/** The five routes: each puts the items into a fresh element. */
const routes: Record<string, (el: VrTimeline, data: Record<string, unknown>[]) => void> = {
  property: (el, data) => {
    el.milestones = data as never;
  },
  'src JSON': (el, data) => {
    el.src = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  },
  'src CSV': (el, data) => {
    const rows = data.map((m) => [m.id, m.date, textOf(m.title), textOf(m.description), m.category, m.importance].map(cell).join(','));
    el.src = URL.createObjectURL(new Blob([['id,date,title,description,category,importance', ...rows].join('\n')], { type: 'text/csv' }));
  },
  'inline JSON': (el, data) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    // As an editor writes it in the page: "</" escaped, as the README asks.
    script.textContent = JSON.stringify(data).replace(/<\//g, '<\\/');
    el.append(script);
  },
  list: (el, data) => {
    const ol = document.createElement('ol');
    for (const m of data) {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = String(m.date);
      time.textContent = String(m.date);
      const link = document.createElement('a');
      link.href = (m.sources as { url: string }[] | undefined)?.[0]?.url ?? '';
      link.textContent = 'source';
      li.append(time, `: ${textOf(m.title)} `, link);
      ol.append(li);
    }
    el.append(ol);
  },
};

failOnLitWarnings();

describe('<vr-timeline> hostile data over all five routes (fast-check)', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent): void => {
    errors.push(String('reason' in event ? event.reason : event.message));
  };
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
  });

  for (const [route, put] of Object.entries(routes)) {
    it(`${route}: nothing escapes, nothing runs, every item is shown or reported`, async function () {
      this.timeout(60_000);
      // The element's warnings about the bad data are expected: kept off the console.
      await warningsOf(() =>
        fc.assert(
          fc.asyncProperty(items, async (data) => {
            errors = [];
            delete trap.vrPwned;
            let reported = 0;
            let settled = false;
            const t = await mount({
              width: 900,
              beforeConnect: (el) => {
                el.addEventListener('vr-data-error', (e) => {
                  reported += (e as CustomEvent<{ problems: { index: number }[] }>).detail.problems.filter((p) => p.index >= 0).length;
                  settled = true;
                });
                put(el, data);
              },
            });
            // Done when every item is shown or reported (or the whole input was refused: a problem at index -1).
            await waitUntil(() => settled || t.shownCount() + t.cards().length >= data.length, `${route}: the element neither showed nor reported the data`, { timeout: 4000 });
            await t.el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 0));
            const shown = Math.max(t.shownCount(), t.cards().length);
            expect(errors, 'no exception escapes to the page').to.deep.equal([]);
            expect(trap.vrPwned, 'no script ran').to.equal(undefined);
            if (route !== 'src CSV' && route !== 'list') expect(shown + reported, 'every item shown or reported').to.equal(data.length);
            expect(t.el.shadowRoot!.querySelector('[role="region"]'), 'it still renders').to.not.equal(null);
            t.el.remove(); // the next run mounts its own
          }),
          { numRuns: 12, seed: 17 },
        ),
      );
    });
  }
});
