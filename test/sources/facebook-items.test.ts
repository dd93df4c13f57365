/** Unit tables for the facebook source's pure parts: ids from permalinks, Graph dates, safe `next` urls. */
import { graphDate, settleComment, toMention } from '../../src/sources/facebook-items.js';
import { graphUrl, nextPageUrl, type GraphClient } from '../../src/sources/facebook-graph.js';
import { FB, RECORDED_POST, fbFixture } from '../helpers/fake-graph-api.js';
import { testContext } from './test-context.js';

const client = (baseUrl: string): GraphClient => ({
  source: 'facebook',
  baseUrl,
  apiVersion: 'v25.0',
  accessToken: 'T0KEN',
  ctx: testContext(),
});

test('recorded comments without ids get the Graph id form from their permalink, replies their parent', () => {
  const p1 = JSON.parse(fbFixture(FB.commentsP1)) as { data: Array<{ permalink_url: string }> };
  const top = settleComment(p1.data[1], RECORDED_POST);
  expect(top).toMatchObject({ id: '10158407654328553_10158407903973553' });
  expect(top?.parent).toBeUndefined();
  const reply = settleComment(p1.data[5], RECORDED_POST);
  expect(reply).toMatchObject({
    id: '10158407654328553_10158409983033553',
    parent: { id: '10158407654328553_10158407903973553' },
  });
});

test('the recorded single comment keeps its own id, which has the same form', () => {
  const comment = JSON.parse(fbFixture(FB.comment)) as { id: string; permalink_url: string };
  expect(settleComment(comment, '2121008874780932_2954961744718970')?.id).toBe(comment.id);
  expect(settleComment({ ...comment, id: undefined }, '2121008874780932_2954961744718970')?.id).toBe(
    comment.id,
  );
  expect(toMention({ ...comment }, 'post')).toMatchObject({
    externalId: '2954961744718970_2966313500250461',
    author: 'Kun Liu',
    text: 'My Nice Car',
    createdAt: new Date('2021-07-23T08:35:18Z'),
  });
});

test.each([
  ['2021-08-10T18:45:03+0000', '2021-08-10T18:45:03.000Z'],
  ['2021-08-10T20:45:03+0200', '2021-08-10T18:45:03.000Z'],
  ['2021-08-10T18:45:03Z', '2021-08-10T18:45:03.000Z'],
])('graphDate(%s)', (input, iso) => {
  expect(graphDate(input)?.toISOString()).toBe(iso);
});

test('graphDate rejects what is not a date', () => {
  expect(graphDate('yesterday')).toBeUndefined();
  expect(graphDate(undefined)).toBeUndefined();
});

test('a comment with neither id nor permalink, or without text, is dropped', () => {
  expect(settleComment({ message: 'x' }, RECORDED_POST)).toBeUndefined();
  expect(toMention({ id: '1', message: '  \n ' }, 'p')).toBeUndefined();
});

test('next urls lose access_token and move under baseUrl (a proxy path prefix included)', () => {
  const next =
    'https://graph.facebook.com/v11.0/1_2/comments?access_token=T0KEN&pretty=0&filter=stream&limit=10&after=QVFI';
  expect(nextPageUrl(client('http://127.0.0.1:9/'), next)).toBe(
    'http://127.0.0.1:9/v11.0/1_2/comments?pretty=0&filter=stream&limit=10&after=QVFI',
  );
  expect(nextPageUrl(client('https://proxy.example/graph'), next)).toBe(
    'https://proxy.example/graph/v11.0/1_2/comments?pretty=0&filter=stream&limit=10&after=QVFI',
  );
  expect(nextPageUrl(client('https://proxy.example'), 'not a url')).toBeUndefined();
});

test('request urls carry the version and the query, never the token', () => {
  const url = graphUrl(client('https://graph.facebook.com'), '/42/feed', {
    since: '1',
    fields: 'id,message',
  });
  expect(url).toBe('https://graph.facebook.com/v25.0/42/feed?since=1&fields=id%2Cmessage');
});
