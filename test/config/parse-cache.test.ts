import fs from 'node:fs';
import path from 'node:path';
import { cacheFileFor, parseCached } from '../../src/config/parse-cache.js';
import { loadConfig } from '../../src/config/load.js';
import { tempDir } from '../helpers/temp-dir.js';

/** A parser that counts its calls and returns a fresh document each time. */
function counting(doc: (text: string) => unknown = (text) => ({ text })) {
  const calls: string[] = [];
  return { calls, parse: async (text: string) => (calls.push(text), doc(text)) };
}

describe('parseCached', () => {
  test('parses once, then reads the document back while the text is unchanged', async () => {
    const tmp = { dir: tempDir('cache') };
    const env = { XDG_CACHE_HOME: tmp.dir };
    const file = path.join(tmp.dir, 'mentions.yaml');
    const p = counting();
    expect(await parseCached(file, 'a: 1', env, p.parse)).toEqual({ text: 'a: 1' });
    expect(await parseCached(file, 'a: 1', env, p.parse)).toEqual({ text: 'a: 1' });
    expect(p.calls).toEqual(['a: 1']);
    const cacheFile = cacheFileFor(file, env);
    expect(path.dirname(cacheFile)).toBe(path.join(tmp.dir, 'mentions'));
    expect(fs.statSync(cacheFile).mode & 0o777).toBe(0o600);
    // An edited file is parsed again, and the cache follows it.
    expect(await parseCached(file, 'a: 2', env, p.parse)).toEqual({ text: 'a: 2' });
    expect(await parseCached(file, 'a: 2', env, p.parse)).toEqual({ text: 'a: 2' });
    expect(p.calls).toEqual(['a: 1', 'a: 2']);
  });

  test('is keyed by the file: the same text in another file is parsed for that file', async () => {
    const tmp = { dir: tempDir('cache') };
    const env = { XDG_CACHE_HOME: tmp.dir };
    const p = counting();
    await parseCached('/etc/one.yaml', 'a: 1', env, p.parse);
    await parseCached('/etc/two.yaml', 'a: 1', env, p.parse);
    expect(p.calls).toHaveLength(2);
    expect(cacheFileFor('/etc/one.yaml', env)).not.toBe(cacheFileFor('/etc/two.yaml', env));
  });

  test('does not cache what JSON would change (a YAML date, a cycle)', async () => {
    const tmp = { dir: tempDir('cache') };
    const env = { XDG_CACHE_HOME: tmp.dir };
    const dated = counting(() => ({ holidays: [new Date('2026-12-25')] }));
    await parseCached('/c.yaml', 'x', env, dated.parse);
    const again = await parseCached('/c.yaml', 'x', env, dated.parse);
    expect(dated.calls).toHaveLength(2);
    expect((again as { holidays: Date[] }).holidays[0]).toBeInstanceOf(Date);
    const cyclic = counting(() => {
      const node: Record<string, unknown> = { name: 'loop' };
      node.self = node;
      return node;
    });
    await parseCached('/d.yaml', 'y', env, cyclic.parse);
    await parseCached('/d.yaml', 'y', env, cyclic.parse);
    expect(cyclic.calls).toHaveLength(2);
  });

  test('a cache it cannot read or write never stands in the way', async () => {
    const tmp = { dir: tempDir('cache') };
    const blocked = path.join(tmp.dir, 'not-a-dir');
    fs.writeFileSync(blocked, '');
    const p = counting();
    expect(await parseCached('/c.yaml', 'a', { XDG_CACHE_HOME: blocked }, p.parse)).toEqual({ text: 'a' });
    const env = { XDG_CACHE_HOME: tmp.dir };
    fs.mkdirSync(path.join(tmp.dir, 'mentions'));
    fs.writeFileSync(cacheFileFor('/c.yaml', env), '{"format": 1, "file": "/c.yaml", "te');
    expect(await parseCached('/c.yaml', 'a', env, p.parse)).toEqual({ text: 'a' });
    expect(await parseCached('/c.yaml', 'a', env, p.parse)).toEqual({ text: 'a' });
    expect(p.calls).toHaveLength(2);
  });

  test('parse errors pass through and are not cached', async () => {
    const tmp = { dir: tempDir('cache') };
    const env = { XDG_CACHE_HOME: tmp.dir };
    const failing = async () => {
      throw new Error('bad YAML');
    };
    await expect(parseCached('/c.yaml', 'a: [', env, failing)).rejects.toThrow('bad YAML');
    expect(fs.existsSync(cacheFileFor('/c.yaml', env))).toBe(false);
  });
});

describe('loadConfig with the cache', () => {
  const yaml = [
    'database: ./m.db',
    'brands:',
    '  - name: Acme',
    '    keywords: [acme]',
    'sources:',
    '  - type: rss',
    '    url: ${FEED_URL}',
    '',
  ].join('\n');

  test('gives the same config from the cache, with the environment substituted afresh', async () => {
    const tmp = { dir: tempDir('cache') };
    const file = path.join(tmp.dir, 'mentions.yaml');
    fs.writeFileSync(file, yaml);
    const env = { XDG_CACHE_HOME: tmp.dir, HOME: tmp.dir, FEED_URL: 'https://example.com/secret-token-feed' };
    const first = await loadConfig(file, env);
    const cached = fs.readFileSync(cacheFileFor(file, env), 'utf8');
    expect(cached).toContain('${FEED_URL}');
    expect(cached).not.toContain('secret-token-feed');
    const second = await loadConfig(file, env);
    expect(second).toEqual(first);
    const moved = await loadConfig(file, { ...env, FEED_URL: 'https://example.com/other' });
    expect(moved.sources[0].url).toBe('https://example.com/other');
    // A broken edit is reported, not hidden behind the cached copy.
    fs.writeFileSync(file, `${yaml}  - type: rss\n    url: [unclosed\n`);
    await expect(loadConfig(file, env)).rejects.toThrow(/invalid YAML/);
  });
});
