// Issue 19: every source of the built-in dataset is on a host that docs/dataset-sources.md lists, and a host
// that Russia calls "undesirable" or the EU sanctions appears only with the reason it is the only evidence.
import { expect } from '@open-wc/testing';
import { vietnamRussiaMilestones } from '../../src/data/vietnam-russia.js';

const RESTRICTED = ['themoscowtimes.com', 'jamestown.org', 'kevesko.vn', 'sputniknews.com', 'ria.ru', 'rt.com'];

/** The host table of docs/dataset-sources.md: host → status. */
async function listedHosts(): Promise<Map<string, string>> {
  const doc = await (await fetch('/docs/dataset-sources.md')).text();
  const table = doc.slice(doc.indexOf('## Hosts'));
  return new Map([...table.matchAll(/^\| ([a-z0-9.-]+\.[a-z]+) \| [^|]+ \| (.+) \|$/gm)].map((m) => [m[1]!, m[2]!]));
}

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

describe('built-in dataset sources (docs/dataset-sources.md)', () => {
  it('every source is on a host the document lists, and every listed host is used', async () => {
    const listed = await listedHosts();
    const used = new Set(vietnamRussiaMilestones.flatMap((m) => (m.sources ?? []).map((s) => hostOf(s.url))));
    expect(
      [...used].filter((h) => !listed.has(h)),
      'hosts missing from the table',
    ).to.deep.equal([]);
    expect(
      [...listed.keys()].filter((h) => !used.has(h)),
      'listed hosts no milestone uses',
    ).to.deep.equal([]);
  });

  it('a restricted host is used only where the document gives the reason, and never as a milestone’s only source', async () => {
    const listed = await listedHosts();
    for (const m of vietnamRussiaMilestones) {
      const hosts = (m.sources ?? []).map((s) => hostOf(s.url));
      for (const host of hosts.filter((h) => RESTRICTED.some((r) => h === r || h.endsWith(`.${r}`)))) {
        expect(listed.get(host) ?? '', `${m.id}: ${host}`).to.match(/^restricted \(.+\): .*`/);
        expect(listed.get(host), `${m.id}: ${host}`).to.contain(`\`${m.id}\``);
        expect(
          hosts.some((h) => !RESTRICTED.includes(h)),
          `${m.id} has a linkable source too`,
        ).to.equal(true);
      }
    }
  });
});
