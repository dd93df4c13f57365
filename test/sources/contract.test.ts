/**
 * The shared contract every source meets on its recorded fixtures: stable unique ids, some text, valid dates
 * and plain text. Adding a source type means adding its fixtures here; the last test fails until you do.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOURCE_TYPES } from '../../src/sources/index.js';
import type { SourceOptions } from '../../src/sources/registry-types.js';
import { testContext } from './test-context.js';

// Per type: options for each recorded fixture, paths relative to test/fixtures/.
const FIXTURES: Record<string, Array<Omit<SourceOptions, 'type' | 'name'>>> = {
  'google-alerts': [
    { url: 'google-alerts/feedjira_google_alerts_atom_slack.xml', brand: 'Slack' },
    { url: 'google-alerts/feedjira_google_alerts_atom_slack.xml' },
  ],
  rss: [
    { url: 'rss/search_rss_atom_site_kevincox.feed-rs.xml' },
    { url: 'rss/subreddit_new_rss_atom_homelab.feed-rs.xml' },
    { url: 'rss/customerreviews_jp_1404176564_mostRecent_page1.reviewer.xml' },
  ],
};

const cases = SOURCE_TYPES.flatMap((entry) =>
  (FIXTURES[entry.type] ?? []).map((fixture) => [entry.type, String(fixture.url), entry, fixture] as const),
);

describe.each(cases)('%s on %s', (type, _url, entry, fixture) => {
  test('returns well-formed, plain-text mentions', async () => {
    const { create } = await entry.load();
    const options: SourceOptions = { ...fixture, type, name: `${type}:contract` };
    const source = create(options, [{ name: 'Slack', keywords: ['slack'], exclude: [], handles: {} }]);
    expect(source.name).toBe(options.name);
    expect(source.type).toBe(type);

    const result = await source.fetch(testContext(), null);
    expect(result.notModified).toBe(false);
    expect(result.mentions.length).toBeGreaterThan(0);
    expect(Array.isArray(result.warnings)).toBe(true);

    const ids = result.mentions.map((mention) => mention.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const mention of result.mentions) {
      expect(typeof mention.externalId).toBe('string');
      expect(mention.externalId.trim()).not.toBe('');
      expect(mention.text.length + (mention.title ?? '').length).toBeGreaterThan(0);
      if (mention.createdAt !== undefined) {
        expect(mention.createdAt).toBeInstanceOf(Date);
        expect(Number.isNaN(mention.createdAt.getTime())).toBe(false);
      }
      for (const field of [mention.text, mention.title ?? '', mention.author ?? '']) {
        expect(field).not.toMatch(/<\/?(?:b|p|div|a|br|span)\b/i);
        expect(field).not.toMatch(/&(?:amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/i);
        expect(field).toBe(field.trim());
      }
      if (mention.url !== undefined) expect(() => new URL(mention.url!)).not.toThrow();
      if (mention.rating !== undefined) expect([1, 2, 3, 4, 5]).toContain(mention.rating);
    }
  });
});

// API sources need a server to answer them: their recorded payloads are served from 127.0.0.1 by
// their own contract test, `test/sources/<type>-contract.test.ts`, which checks the same properties.
const SERVED = fileURLToPath(new URL('./', import.meta.url));

test('every registered source type has recorded fixtures here or a served contract test', () => {
  const missing = SOURCE_TYPES.filter(
    (entry) => !FIXTURES[entry.type]?.length && !existsSync(`${SERVED}${entry.type}-contract.test.ts`),
  ).map((entry) => entry.type);
  expect(missing).toEqual([]);
});
