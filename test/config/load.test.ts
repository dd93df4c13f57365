import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, locateConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('config');
/** An environment with `vars` and this test file's own parse cache (never the user's). */
function env(vars: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { XDG_CACHE_HOME: process.env.XDG_CACHE_HOME, ...vars };
}
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
const GOOD = `
database: ./m.db
sla: { firstResponse: 30m, max: 1d }
brands:
  - name: Acme
    keywords: [acme, "acme cloud"]
    handles: { twitter: "@acmehelp" }
sources:
  - type: rss
    url: https://example.com/feed.xml
  - type: google-alerts
    url: feeds/alert.xml
    brand: acme
`;

describe('loadConfig', () => {
  test('a valid file: defaults, resolved paths, durations in seconds', async () => {
    const c = await loadConfig(write('good.yaml', GOOD), env());
    expect(c.database).toBe(path.join(dir, 'm.db'));
    expect(c.sla).toEqual({ firstResponseSeconds: 1800, maxSeconds: 86400 });
    expect(c.concurrency).toBe(16);
    expect(c.brands[0].handles).toEqual({ twitter: 'acmehelp' });
    expect(c.sources.map((s) => s.name)).toEqual(['rss:example.com', 'google-alerts:alert.xml']);
    expect(c.sources[1].brand).toBe('Acme');
  });

  const bad: [string, string, RegExp][] = [
    ['yaml syntax', 'brands: [acme\nsources: {', /bad\.yaml:\d+: invalid YAML/],
    [
      'unknown type',
      GOOD.replace('type: rss', 'type: myspace'),
      /bad\.yaml:9: sources\[0\]\.type: unknown source type "myspace"; expected one of: google-alerts, rss/,
    ],
    [
      'missing url',
      GOOD.replace('    url: https://example.com/feed.xml\n', ''),
      /sources\[0\]\.url: is required/,
    ],
    [
      'wrong type',
      GOOD.replace('database: ./m.db', 'database: ./m.db\nconcurrency: many'),
      /concurrency: expected a number from 1 to 256, got "many"/,
    ],
    [
      'bad url',
      GOOD.replace('https://example.com/feed.xml', 'ftp://example.com/x'),
      /sources\[0\]\.url: expected an http\(s\) URL or a file path/,
    ],
    [
      'unknown brand',
      GOOD.replace('brand: acme', 'brand: Nope'),
      /sources\[1\]\.brand: no brand named "Nope"/,
    ],
    ['no brands', 'sources: []', /brands: expected a list with at least one brand/],
    ['bad duration', GOOD.replace('30m', 'soon'), /sla\.firstResponse: expected a duration/],
    [
      'unknown key',
      GOOD.replace('database:', 'databse:'),
      /databse: unknown setting; expected one of: database/,
    ],
  ];
  test.each(bad)('%s: one line naming file, path and what is expected', async (_name, text, message) => {
    const file = write('bad.yaml', text);
    let err: unknown;
    try {
      await loadConfig(file, env());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });

  test('${VAR} is read from the environment; a missing one is named', async () => {
    const text = GOOD.replace('https://example.com/feed.xml', 'https://example.com/${FEED_PATH}');
    const file = write('env.yaml', text);
    expect((await loadConfig(file, env({ FEED_PATH: 'x.xml' }))).sources[0].url).toBe(
      'https://example.com/x.xml',
    );
    await expect(loadConfig(file, env())).rejects.toThrow(
      /sources\[0\]\.url: uses \$\{FEED_PATH\} but the environment variable FEED_PATH is not set/,
    );
  });

  test('two sources with the same default name must be named', async () => {
    const text = GOOD.replace('url: feeds/alert.xml', 'url: https://example.com/other.xml');
    await expect(loadConfig(write('dup.yaml', text.replace('google-alerts', 'rss')), env())).rejects.toThrow(
      /give each a distinct name/,
    );
  });
});

describe('locateConfig', () => {
  test('--config, then MENTIONS_CONFIG, then ./mentions.yaml, then XDG', () => {
    expect(locateConfig('a.yaml', { MENTIONS_CONFIG: 'b.yaml' }, '/w')).toBe('/w/a.yaml');
    expect(locateConfig(undefined, { MENTIONS_CONFIG: 'b.yaml' }, '/w')).toBe('/w/b.yaml');
    const cwd = tempDir('cwd');
    fs.writeFileSync(path.join(cwd, 'mentions.yaml'), GOOD);
    expect(locateConfig(undefined, {}, cwd)).toBe(path.join(cwd, 'mentions.yaml'));
    const xdg = tempDir('xdg');
    fs.mkdirSync(path.join(xdg, 'mentions'));
    fs.writeFileSync(path.join(xdg, 'mentions', 'config.yaml'), GOOD);
    expect(locateConfig(undefined, { XDG_CONFIG_HOME: xdg }, dir)).toBe(
      path.join(xdg, 'mentions', 'config.yaml'),
    );
    expect(() =>
      locateConfig(undefined, { XDG_CONFIG_HOME: '/nonexistent', HOME: '/nonexistent' }, dir),
    ).toThrow(/no config found: pass --config FILE/);
  });
});

test('values a source reads from the environment are secrets (for redaction)', async () => {
  const text = GOOD.replace(
    'https://example.com/feed.xml',
    'https://example.com/feed.xml?token=${FEED_TOKEN}',
  );
  const c = await loadConfig(write('secret.yaml', text), env({ FEED_TOKEN: 'tok-123456' }));
  expect(c.secrets).toEqual(['tok-123456']);
  expect(c.sources[0].name).toBe('rss:example.com');
});
