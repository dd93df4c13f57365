import { readFile } from 'node:fs/promises';

import { create } from '../../src/sources/google-alerts.js';
import type { SourceOptions } from '../../src/sources/registry-types.js';
import { FIXTURES_DIR, testContext } from './test-context.js';

const FIXTURE = 'google-alerts/feedjira_google_alerts_atom_slack.xml';

function alert(extra: Partial<SourceOptions> = {}) {
  return create({ type: 'google-alerts', name: 'google-alerts:slack', url: FIXTURE, ...extra }, []);
}

test('the recorded Slack alert gives 20 mentions with unwrapped urls and plain text', async () => {
  const result = await alert({ brand: 'Slack' }).fetch(testContext(), null);
  expect(result.warnings).toEqual([]);
  expect(result.mentions).toHaveLength(20);

  const [first, second] = result.mentions;
  expect(first).toEqual({
    externalId: 'tag:google.com,2013:googlealerts/feed:8974135267215335962',
    url: 'https://www.aglobalmarketresearch.com/report-offers-prediction-of-automotive-slack-market-by-top-key-players-like-haldex-meritor-bendix-mei-wabco-accuride-stemco-tbk-febi-aydinsan/',
    title:
      'Report offers Prediction of Automotive Slack Market by Top key players like Haldex, Meritor, Bendix ...',
    text: 'Automotive Slack Market reports provides a comprehensive overview of the global market size and share. It provides strategists, marketers and senior ...',
    createdAt: new Date('2019-07-10T11:53:37Z'),
    brand: 'Slack',
  });
  expect(second.url).toBe('https://investorplace.com/2019/07/slack-stock-truly-compelling/');
  expect(second.title).toBe('Slack Stock Has a Compelling Story and the Numbers to Back It Up');
  // `&amp;#39;` in the XML is `&#39;` in the snippet's HTML: one apostrophe after both decodings.
  expect(second.text).toContain("the Company's decision to go public via ...");

  for (const mention of result.mentions) {
    expect(mention.url).toMatch(/^https?:\/\//);
    expect(mention.url).not.toMatch(/google\.com\/url/);
    expect(mention.author).toBeUndefined();
    expect(mention.brand).toBe('Slack');
    expect(`${mention.title} ${mention.text}`).not.toMatch(/<b>|&nbsp;|&amp;|&#39;/);
  }
});

test('with a brand the alert is the query (skipMatching); without one, entries are matched as usual', async () => {
  const withBrand = alert({ brand: 'Slack' });
  expect(withBrand.skipMatching).toBe(true);
  expect(withBrand.brand).toBe('Slack');

  const without = alert();
  expect(without.skipMatching).toBe(false);
  expect(without.brand).toBeUndefined();
  const result = await without.fetch(testContext(), null);
  expect(result.mentions.every((mention) => mention.brand === undefined)).toBe(true);
});

test('ids are stable across fetches and independent of the redirect tracking values', async () => {
  const body = await readFile(`${FIXTURES_DIR}${FIXTURE}`, 'utf8');
  const retracked = body.replace(/usg=[A-Za-z0-9_-]+/g, 'usg=CHANGED');
  const ctx = testContext({ readFile: async () => Buffer.from(retracked) });
  const [a, b] = await Promise.all([alert().fetch(testContext(), null), alert().fetch(ctx, null)]);
  expect(b.mentions.map((m) => m.externalId)).toEqual(a.mentions.map((m) => m.externalId));
  expect(b.mentions.map((m) => m.url)).toEqual(a.mentions.map((m) => m.url));
});

test('a missing url is a config problem reported at creation', () => {
  expect(() => create({ type: 'google-alerts', name: 'google-alerts:x' }, [])).toThrow(
    'google-alerts:x: missing `url`',
  );
});
