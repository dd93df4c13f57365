import { buildSources } from '../../src/sources/build.js';
import { ConfigError } from '../../src/errors.js';

const BRANDS = [{ name: 'Acme', keywords: [], exclude: [], handles: { facebook: 'acme' } }];

test('a source that refuses its settings is a config error naming the file and the source', async () => {
  // Nothing to search X for: the brand has neither keywords nor an X handle, and no `query` is set.
  const options = [{ type: 'twitter', name: 'x', bearerToken: 'abcdefgh' }];
  const err = await buildSources(options, BRANDS, '/etc/mentions.yaml').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ConfigError);
  expect((err as Error).message).toBe(
    '/etc/mentions.yaml: source x: nothing to search for: give the brand keywords or handles.twitter, or set `query`',
  );
});

test('valid settings build one source per entry, in order', async () => {
  const options = [
    { type: 'rss', name: 'a', url: 'a.xml' },
    { type: 'rss', name: 'b', url: 'b.xml' },
  ];
  const sources = await buildSources(options, BRANDS, 'm.yaml');
  expect(sources.map((s) => s.name)).toEqual(['a', 'b']);
});
