/**
 * e2e: the built binary scans a Page on the fake Graph API with the token from the environment
 * (`${FB_PAGE_TOKEN}`). The server refuses it (190), then serves the recorded comment pages (p1's `next`
 * rewritten to carry the real token, p2 with the Page's `from` on its reply, as in facebook.test.ts), then
 * rate-limits. The token must appear in no output, no request query and no byte of the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runBin, type RunResult } from '../helpers/cli.js';
import { confinedEnv, removeDir, tempDir } from '../helpers/e2e-setup.js';
import {
  FB,
  RECORDED_PAGE as PAGE,
  RECORDED_POST as POST,
  fbFixture,
  graphError,
  startFakeGraphApi,
  type FakeGraphApi,
} from '../helpers/fake-graph-api.js';

const TOKEN = 'EAAGm0PX4ZCpsBAFAKEfakePageTokenZBZCx9q7ZD';
let mode: 'refuse' | 'serve' | 'limit' = 'refuse';
let graph: FakeGraphApi;
let dir: string;

beforeAll(async () => {
  const p1 = fbFixture(FB.commentsP1).replace('access_token=access_token', `access_token=${TOKEN}`);
  const p2 = JSON.parse(fbFixture(FB.commentsP2)) as { data: Array<Record<string, unknown>> };
  p2.data[1].from = { name: 'Facebook for Developers', id: PAGE };
  const feed = {
    data: [{ id: POST, message: 'Page post', created_time: '2021-08-10T17:00:00+0000', from: { id: PAGE } }],
  };
  graph = await startFakeGraphApi({
    token: TOKEN,
    edges: { [`${PAGE}/feed`]: [feed], [`${POST}/comments`]: [p1, JSON.stringify(p2)] },
    intercept: (req) => {
      if (mode === 'refuse') return graphError(190, 'Error validating access token: Session has expired.');
      if (mode === 'limit' && req.query.get('after'))
        return graphError(4, 'Application request limit reached');
      return undefined;
    },
  });
  dir = tempDir();
  const config = [
    'database: ./mentions.db',
    'brands:',
    '  - name: Meta',
    '    keywords: [instagram]',
    `    handles: { facebook: '${PAGE}' }`,
    'sources:',
    '  - type: facebook',
    '    name: fb-page',
    '    accessToken: ${FB_PAGE_TOKEN}',
    `    pageId: '${PAGE}'`,
    `    baseUrl: ${graph.url}`,
    '    lookbackDays: 30',
  ];
  fs.writeFileSync(path.join(dir, 'mentions.yaml'), `${config.join('\n')}\n`);
});
afterAll(async () => {
  await graph.close();
  removeDir(dir);
});

const scan = (args: string[] = []): Promise<RunResult> =>
  runBin(['--config', path.join(dir, 'mentions.yaml'), ...args], {
    cwd: dir,
    env: confinedEnv(dir, { FB_PAGE_TOKEN: TOKEN }),
  });

function expectNoToken(...runs: RunResult[]): void {
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(TOKEN);
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('mentions.db'))) {
    expect(fs.readFileSync(path.join(dir, file)).includes(TOKEN)).toBe(false);
  }
  expect(graph.requests.some((r) => r.query.has('access_token'))).toBe(false);
}

test('a refused token, a good scan and a rate limit leak the token nowhere', async () => {
  const refused = await scan(['scan']);
  expect(refused.code).toBe(1); // every source failed
  expect(refused.stderr).toMatch(
    /fb-page: the page access token was refused or has expired \(190\); create a new one/,
  );

  mode = 'serve';
  const served = await scan(['scan', '--json']);
  expect(served.code).toBe(0);
  const summary = JSON.parse(served.stdout) as { sources: Array<Record<string, unknown>> };
  expect(summary.sources[0]).toMatchObject({ source: 'fb-page', ok: true, inserted: 14, autoAnswered: 1 });
  const listed = await scan(['list', '--all', '--json']);
  const mentions = JSON.parse(listed.stdout) as Array<Record<string, unknown>>;
  expect(mentions).toHaveLength(14);
  expect(mentions.find((m) => m.externalId === '10158407654328553_10158412899928553')).toMatchObject({
    status: 'answered',
    answeredBy: 'auto',
    brand: 'Meta',
    threadId: POST,
  });

  mode = 'limit';
  const limited = await scan(['scan']);
  expect(limited.code).toBe(3); // stored what it read: a partial failure
  expect(limited.stderr).toContain(
    'fb-page: rate limited (code 4); the next scan resumes from the saved cursor',
  );
  expectNoToken(refused, served, listed, limited);
  expect(graph.problems).toEqual([]);
});
