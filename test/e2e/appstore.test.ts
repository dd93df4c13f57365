/** e2e: an App Store review feed, where every review links to one page, keeps every matching review. */
import path from 'node:path';
import { listAll, removeDir, runJson, workspace, type Workspace } from '../helpers/e2e-setup.js';

const FEED = path.resolve('test/fixtures/rss/customerreviews_jp_1404176564_mostRecent_page1.reviewer.xml');
let ws: Workspace;
afterAll(() => removeDir(ws.dir));

test('each review matching the brand is stored with its rating; a rescan stores none twice', async () => {
  // A Latin brand name written against Japanese ("REALITYのバグ") and a Japanese keyword.
  ws = workspace([{ name: 'appstore', url: FEED }], {
    brands: ['  - name: Reality', '    keywords: [reality, ゲーム]'].join('\n'),
  });
  const first = await runJson<{ sources: { inserted: number; duplicates: number }[] }>(ws, [
    'scan',
    '--json',
  ]);
  const stored = await listAll(ws);
  expect(first.sources[0]).toMatchObject({ inserted: stored.length, duplicates: 0 });
  // Five of the 50 reviews name REALITY (three only written against Japanese) or ゲーム.
  expect(stored.map((m) => m.externalId).sort()).toEqual([
    '6226739732',
    '6273889483',
    '6274430551',
    '6300175931',
    '6310006838',
  ]);
  expect(new Set(stored.map((m) => m.externalId)).size).toBe(stored.length);
  expect(
    stored.every((m) => m.rating !== null && m.url?.startsWith('https://itunes.apple.com/jp/review')),
  ).toBe(true);
  expect(stored.map((m) => m.title)).toContain('REALITYのバグ');

  const again = await runJson<{ sources: { inserted: number; duplicates: number }[] }>(ws, [
    'scan',
    '--json',
  ]);
  expect(again.sources[0]).toMatchObject({ inserted: 0 });
  expect(await listAll(ws)).toHaveLength(stored.length);
});
