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
  test('handle services in any case, x for twitter', async () => {
    const file = write(
      'handles.yaml',
      GOOD.replace('twitter: "@acmehelp"', 'X: "@acmehelp", Instagram: acme.ig'),
    );
    const c = await loadConfig(file, env());
    expect(c.brands[0].handles).toEqual({ twitter: 'acmehelp', instagram: 'acme.ig' });
  });

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
      /concurrency: expected a whole number from 1 to 256, got "many"/,
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
    [
      'misspelt handle service',
      GOOD.replace('twitter: "@acmehelp"', 'twiter: "@acmehelp"'),
      /brands\[0\]\.handles\.twiter: unknown service; expected one of: twitter, facebook, youtube/,
    ],
    [
      'two handles for one service',
      GOOD.replace('twitter: "@acmehelp"', 'twitter: "@acmehelp", X: acme'),
      /brands\[0\]\.handles\.X: twitter is given twice/,
    ],
    [
      'business hours without a day',
      GOOD.replace('max: 1d }', 'max: 1d, businessHours: { days: [] } }'),
      /sla\.businessHours\.days: give at least one day/,
    ],
    ['bad duration', GOOD.replace('30m', 'soon'), /sla\.firstResponse: expected a duration/],
    [
      'unknown key',
      GOOD.replace('database:', 'databse:'),
      /databse: unknown setting; expected one of: database/,
    ],
    [
      'port out of range, credentials not echoed',
      GOOD.replace('https://example.com/feed.xml', 'http://bob:s3cretpass@127.0.0.1:99999/feed.xml'),
      /sources\[0\]\.url: expected an http\(s\) URL or a file path, got "http:\/\/127\.0\.0\.1:99999\/feed\.xml"$/,
    ],
    [
      'fractional concurrency',
      GOOD.replace('database: ./m.db', 'database: ./m.db\nconcurrency: 2.5'),
      /bad\.yaml:3: concurrency: expected a whole number from 1 to 256, got number 2\.5/,
    ],
    [
      'zero timeout',
      GOOD.replace('database: ./m.db', 'database: ./m.db\ntimeout: 0s'),
      /bad\.yaml:3: timeout: expected a duration of at most 1d such as 30s/,
    ],
    [
      'a timeout past a day',
      GOOD.replace('database: ./m.db', 'database: ./m.db\ntimeout: 25d'),
      /bad\.yaml:3: timeout: expected a duration of at most 1d such as 30s, 45m, 1h or 2d, got "25d"/,
    ],
    [
      'brand SLA override with max before firstResponse',
      GOOD.replace(
        'keywords: [acme, "acme cloud"]',
        'keywords: [acme]\n    sla: { firstResponse: 2h, max: 1h }',
      ),
      /brands\[0\]\.sla\.max: must not be shorter than firstResponse/,
    ],
    [
      'source SLA whose firstResponse passes the max it inherits',
      GOOD.replace('    brand: acme\n', '    brand: acme\n    sla: { firstResponse: 48h }\n'),
      /bad\.yaml:14: sources\[1\]\.sla: with the targets it inherits, max would come before firstResponse; set both here/,
    ],
    [
      'brand SLA max before the global firstResponse',
      GOOD.replace('keywords: [acme, "acme cloud"]', 'keywords: [acme]\n    sla: { max: 10m }'),
      /brands\[0\]\.sla: with the targets it inherits, max would come before firstResponse/,
    ],
    [
      'maxPages below 1',
      `${GOOD}  - { type: twitter, bearerToken: abcdefgh, maxPages: 0 }\n`,
      /bad\.yaml:14: sources\[2\]\.maxPages: expected a whole number of at least 1, got number 0/,
    ],
    [
      'youtube without a channel or videos',
      `${GOOD}  - { type: youtube, apiKey: abcdefgh }\n`,
      /bad\.yaml:14: sources\[2\]: set `channelId` \(a channel to watch\) or `videoIds`/,
    ],
    [
      'youtube channel id of the wrong form',
      `${GOOD}  - { type: youtube, apiKey: abcdefgh, channelId: acme }\n`,
      /sources\[2\]\.channelId: expected a channel id starting with "UC", got "acme"; find it in youtube studio/,
    ],
    [
      'alert channel filtering on an unknown brand',
      `${GOOD}notify:\n  - { type: webhook, url: "https://hooks.example.com/x", brand: Acmee }\n`,
      /bad\.yaml:15: notify\[0\]\.brand: no brand named "Acmee" under brands/,
    ],
    [
      'alert channel filtering on an unknown source',
      `${GOOD}notify:\n  - { type: webhook, url: "https://hooks.example.com/x", source: [rss:example.com, rss:nope] }\n`,
      /notify\[0\]\.source: no source named "rss:nope" under sources/,
    ],
    [
      'alert webhook URL that cannot be parsed',
      `${GOOD}notify:\n  - { type: webhook, url: "https://hooks.example.com:99999/T0/SECRETKEY" }\n`,
      /notify\[0\]\.url: expected an http\(s\) URL$/,
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

  test('a value read from the environment is never quoted in a config error', async () => {
    const text = GOOD.replace('https://example.com/feed.xml', '${FEED_URL}').replace(
      'database: ./m.db',
      'database: ./m.db\nconcurrency: "${WORKERS}"',
    );
    const file = write('env-bad.yaml', text);
    const message = await loadConfig(
      file,
      env({ FEED_URL: 'https://example.com/f', WORKERS: 'lots-of-them' }),
    ).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toMatch(/concurrency: expected a whole number from 1 to 256, got "\[redacted\]"/);
    expect(message).not.toContain('lots-of-them');
    // A long value is quoted cut short, and that part is hidden as well.
    const long = 'supersecretvalue-0123456789abcdefghijklmnopqrstuv';
    const cut = await loadConfig(file, env({ FEED_URL: 'https://example.com/f', WORKERS: long })).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(cut).toMatch(/got "\[redacted\]\.\.\."/);
    expect(cut).not.toContain('supersecret');
    // A value with text before ${VAR} is cut at another place: the whole setting is hidden.
    const prefixed = GOOD.replace('https://example.com/feed.xml', 'ftp://x/${KEY}');
    const shifted = await loadConfig(write('env-prefix.yaml', prefixed), env({ KEY: long })).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(shifted).toMatch(/sources\[0\]\.url: expected an http\(s\) URL or a file path, got "/);
    expect(shifted).not.toMatch(/supersecretvalue-0123/);
  });

  test('a default name leaves out the whole of a password holding "@"', async () => {
    const text = GOOD.replace(
      'https://example.com/feed.xml',
      'http://dave:p@ssw0rd@127.0.0.1:18080/feed.xml',
    );
    const c = await loadConfig(write('at.yaml', text), env());
    expect(c.sources[0].name).toBe('rss:127.0.0.1:18080');
    expect(c.secrets).toContain('p@ssw0rd');
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
