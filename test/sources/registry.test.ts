import { jest } from '@jest/globals';

// Record which heavy modules get evaluated; the registry must load none of them until asked.
const loaded: string[] = [];
jest.unstable_mockModule('rss-parser', () => {
  loaded.push('rss-parser');
  return { default: class {} };
});
jest.unstable_mockModule('../../src/sources/rss.js', () => {
  loaded.push('rss');
  return { create: () => ({}) };
});
jest.unstable_mockModule('../../src/sources/google-alerts.js', () => {
  loaded.push('google-alerts');
  return { create: () => ({}) };
});

const { SOURCE_TYPES, findSourceType } = await import('../../src/sources/index.js');

test('importing the registry loads no source module and no parser', () => {
  expect(SOURCE_TYPES.length).toBeGreaterThanOrEqual(2);
  expect(loaded).toEqual([]);
});

test('load() imports only the module asked for', async () => {
  const rss = findSourceType('rss');
  expect(rss).toBeDefined();
  const module = await rss!.load();
  expect(typeof module.create).toBe('function');
  expect(loaded).toEqual(['rss']);
});

test('findSourceType matches exact type names only', () => {
  expect(findSourceType('google-alerts')?.type).toBe('google-alerts');
  expect(findSourceType('RSS')).toBeUndefined();
  expect(findSourceType('twitterx')).toBeUndefined();
});

test('every entry is described and its fields are valid', () => {
  const types = SOURCE_TYPES.map((entry) => entry.type);
  expect(new Set(types).size).toBe(types.length);
  for (const entry of SOURCE_TYPES) {
    expect(entry.type).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(entry.description.length).toBeGreaterThan(10);
    expect(entry.credentials.length).toBeGreaterThan(3);
    // Common fields are the config loader's; a source must not redefine them.
    for (const common of ['type', 'name', 'brand']) expect(entry.fields).not.toHaveProperty(common);
    for (const spec of Object.values(entry.fields)) expect(spec.description.length).toBeGreaterThan(5);
  }
  for (const type of ['google-alerts', 'rss']) {
    expect(findSourceType(type)?.fields.url).toMatchObject({ kind: 'url', required: true, allowFile: true });
  }
});
