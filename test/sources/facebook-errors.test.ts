/**
 * The facebook source's failures: one-line, actionable messages for Graph errors (bodies in the documented
 * `{error: {message, type, code, error_subcode, fbtrace_id}}` shape, synthetic), partial results after a
 * rate limit, and tokens kept out of urls. Comment pages are the recorded p1/p2 captures.
 */
import type { BrandConfig } from '../../src/sources/registry-types.js';
import type { Source } from '../../src/sources/source.js';
import { create } from '../../src/sources/facebook.js';
import {
  FB,
  RECORDED_PAGE as PAGE,
  RECORDED_POST as POST,
  fbFixture,
  graphError,
  startFakeGraphApi,
  type FakeGraphApi,
  type FakeGraphOptions,
} from '../helpers/fake-graph-api.js';
import { testContext } from './test-context.js';

const TOKEN = 'EAAB-secret-page-token';
const BRANDS: BrandConfig[] = [{ name: 'Meta', keywords: ['meta'], exclude: [], handles: {} }];
const POST_2 = `${PAGE}_2`;
const FEED = {
  data: [
    { id: POST, message: 'Page post', created_time: '2021-08-10T17:00:00+0000', from: { id: PAGE } },
    { id: POST_2, message: 'Older page post', created_time: '2021-08-09T17:00:00+0000', from: { id: PAGE } },
  ],
};
const EDGES: FakeGraphOptions['edges'] = {
  [`${PAGE}/feed`]: [FEED],
  [`${POST}/comments`]: [fbFixture(FB.commentsP1), fbFixture(FB.commentsP2)],
  [`${POST_2}/comments`]: [{ data: [] }],
};
const ctx = () => testContext({ now: () => new Date('2021-08-15T12:00:00Z') });

let graph: FakeGraphApi | undefined;
afterEach(async () => {
  expect(graph?.problems ?? []).toEqual([]);
  await graph?.close();
  graph = undefined;
});

async function failing(intercept: FakeGraphOptions['intercept'], edges = EDGES): Promise<Source> {
  graph = await startFakeGraphApi({ token: TOKEN, edges, intercept });
  const options = {
    type: 'facebook',
    name: 'facebook',
    accessToken: TOKEN,
    pageId: PAGE,
    baseUrl: graph.url,
  };
  return create(options, BRANDS);
}

/** Fails the `n`-th request (0-based) with `reply`. */
const nth = (n: number, reply: ReturnType<typeof graphError>) => (_req: unknown, i: number) =>
  i === n ? reply : undefined;

test('an expired token (190) fails the source with one line saying what to do', async () => {
  const expired = graphError(
    190,
    'Error validating access token: Session has expired on Friday, 13-Aug-21.',
    {
      subcode: 463,
    },
  );
  const source = await failing(nth(0, expired));
  const err = await source.fetch(ctx(), null).catch((e: Error) => e);
  expect((err as Error).message).toMatch(
    /^facebook: the page access token was refused or has expired \(190\); create a new one .*update accessToken$/,
  );
  expect((err as Error).message).not.toContain('\n');
});

test('a wrong token is refused by the server the same way', async () => {
  graph = await startFakeGraphApi({ token: TOKEN, edges: EDGES });
  const options = {
    type: 'facebook',
    name: 'facebook',
    accessToken: 'not-it',
    pageId: PAGE,
    baseUrl: graph.url,
  };
  await expect(create(options, BRANDS).fetch(ctx(), null)).rejects.toThrow('(190)');
  graph.problems.length = 0; // the refusal was the point of this test
});

test('a rate limit on the first request fails the source: nothing was read', async () => {
  const source = await failing(nth(0, graphError(4, 'Application request limit reached')));
  await expect(source.fetch(ctx(), null)).rejects.toThrow(
    'facebook: rate limited (code 4); the next scan resumes from the saved cursor',
  );
});

test('a rate limit part-way returns what was read with partialError and keeps the cursor', async () => {
  const usage = JSON.stringify({
    [PAGE]: [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 17 }],
  });
  const limited = graphError(32, 'Page request limit reached', {
    headers: { 'X-Business-Use-Case-Usage': usage },
  });
  const source = await failing(nth(2, limited)); // feed, comments p1, then comments p2 is refused
  const result = await source.fetch(ctx(), { value: '2021-08-01T00:00:00.000Z' });
  expect(result.partialError).toBe(
    'facebook: rate limited (code 32) for about 17 min; scans wait until 12:17 UTC and then resume from the saved cursor',
  );
  // Facebook's estimate is when the scan may ask again.
  expect(result.retryAt).toEqual(new Date(ctx().now().getTime() + 17 * 60_000));
  expect(result.mentions).toHaveLength(10); // the recorded p1
  expect(result.cursor).toBeNull();
  expect(graph!.requests).toHaveLength(3); // the second post's comments were not asked for
});

test.each([
  [17, 'User request limit reached'],
  [613, 'Calls to this api have exceeded the rate limit.'],
  [80001, 'There have been too many calls to this Page account.'],
])('code %i is a rate limit too', async (code, message) => {
  const source = await failing(nth(1, graphError(code, message)));
  const result = await source.fetch(ctx(), null);
  expect(result.partialError).toBe(
    `facebook: rate limited (code ${code}); the next scan resumes from the saved cursor`,
  );
});

test('missing permissions name the one Graph asks for, or both read permissions', async () => {
  const named = graphError(
    10,
    "(#10) This endpoint requires the 'pages_read_user_content' permission or the 'Page Public Content Access' feature.",
  );
  const err = await (await failing(nth(1, named))).fetch(ctx(), null).catch((e: Error) => e.message);
  expect(err).toBe(
    'facebook: permission denied (code 10); the token needs the pages_read_user_content permission: create a page token that grants it',
  );
  await graph!.close();
  const unnamed = graphError(200, 'Permissions error');
  const err2 = await (await failing(nth(0, unnamed))).fetch(ctx(), null).catch((e: Error) => e.message);
  expect(err2).toContain('(code 200); the token needs pages_read_engagement and pages_read_user_content');
});

test('a post deleted between the feed and its comments is a warning, not a failure', async () => {
  const source = await failing(undefined, { ...EDGES, [`${POST}/comments`]: undefined! });
  const result = await source.fetch(ctx(), null);
  expect(result.partialError).toBeUndefined();
  expect(result.warnings).toContain(`post ${POST} disappeared before its comments were read`);
});

test('an html error page and an unreachable server are one line without query strings', async () => {
  const html = {
    status: 502,
    body: '<html><body>Bad Gateway</body></html>',
    headers: { 'Content-Type': 'text/html' },
  };
  const source = await failing(nth(0, html));
  await expect(source.fetch(ctx(), null)).rejects.toThrow(
    new RegExp(`^facebook: http 502 from ${graph!.url}/v25.0/${PAGE}/feed; the next scan retries$`),
  );
  const url = graph!.url;
  await graph!.close();
  graph = undefined;
  const gone = create(
    { type: 'facebook', name: 'facebook', accessToken: TOKEN, pageId: PAGE, baseUrl: url },
    BRANDS,
  );
  await expect(gone.fetch(ctx(), null)).rejects.toThrow(
    /^facebook: network error \(econnrefused\) calling http:\/\/127\.0\.0\.1:\d+\/v25\.0\/19292868552\/feed; the next scan retries$/,
  );
});

test('a `next` url carrying the real token is stripped of it before it is followed', async () => {
  const p1 = fbFixture(FB.commentsP1).replace('access_token=access_token', `access_token=${TOKEN}`);
  expect(p1).toContain(TOKEN);
  const source = await failing(nth(2, { status: 500, body: 'oops' }), {
    ...EDGES,
    [`${POST}/comments`]: [p1, fbFixture(FB.commentsP2)],
  });
  const result = await source.fetch(ctx(), null);
  expect(graph!.requests[2].query.has('access_token')).toBe(false);
  expect(result.partialError).toMatch(
    /^facebook: http 500 from http:\/\/127\.0\.0\.1:\d+\/v11\.0\/19292868552_10158407654328553\/comments; the next scan retries$/,
  );
  expect(JSON.stringify(result)).not.toContain(TOKEN);
});

test('verify reads the page name with the token', async () => {
  graph = await startFakeGraphApi({
    token: TOKEN,
    objects: { [PAGE]: { id: PAGE, name: 'Facebook for Developers' } },
  });
  const source = create(
    { type: 'facebook', name: 'fb', accessToken: TOKEN, pageId: PAGE, baseUrl: graph.url },
    BRANDS,
  );
  await expect(source.verify!(ctx())).resolves.toBe('token accepted; page "Facebook for Developers"');
  expect(graph.requests[0].query.get('fields')).toBe('id,name');
});

test('create names the option to fix', () => {
  const make = (o: Record<string, unknown>) => () => create({ type: 'facebook', name: 'fb', ...o }, BRANDS);
  expect(make({ pageId: PAGE })).toThrow('fb: missing `accessToken`; set it to a page access token');
  expect(make({ accessToken: TOKEN })).toThrow('fb: missing `pageId`');
  expect(make({ accessToken: TOKEN, pageId: PAGE, maxPages: 0 })).toThrow(
    '`maxPages` must be a whole number',
  );
  expect(make({ accessToken: TOKEN, pageId: PAGE, apiVersion: '21' })).toThrow(
    '`apiVersion` must look like v25.0',
  );
});

test('verify fails with the same one-line message as a scan', async () => {
  const source = await failing(
    nth(0, graphError(190, 'Invalid OAuth access token - Cannot parse access token')),
  );
  await expect(source.verify!(ctx())).rejects.toThrow(
    'facebook: the page access token was refused or has expired (190)',
  );
});

test('an error message of any length is one short line', async () => {
  const source = await failing(nth(0, graphError(9999, 'L'.repeat(300_000))));
  const err = await source.fetch(ctx(), null).catch((e: unknown) => e as Error);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message.length).toBeLessThan(300);
  expect((err as Error).message).toMatch(/^facebook: graph api error 9999 \(l{200}\); check the settings$/);
});
