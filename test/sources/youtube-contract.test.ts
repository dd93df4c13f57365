/**
 * The shared source contract (test/sources/contract.test.ts) for `youtube`, which needs an API server rather
 * than a file: each recorded listing is served by the fake API on 127.0.0.1 and must give stable unique
 * ids, plain text, valid dates and URLs, and no trace of the API key.
 */
import { findSourceType } from '../../src/sources/index.js';
import type { SourceOptions } from '../../src/sources/registry-types.js';
import {
  startFakeYouTube,
  youtubeFixture,
  youtubeJson,
  type FakeRoute,
} from '../helpers/fake-youtube-api.js';
import { testContext } from './test-context.js';

const KEY = 'AIzaSy-contract-key-0000000000000000000';
const PAGE_2_TOKEN = (youtubeJson('commentThreads_by_video_paged_1') as { nextPageToken: string })
  .nextPageToken;

// Per recorded listing: the routes that serve it and the source options that read it.
const CASES: Array<[string, Record<string, FakeRoute>, Partial<SourceOptions>]> = [
  [
    'commentThreads by video, two pages',
    {
      '/commentThreads?videoId=F1UP7wRCPH8': { body: youtubeFixture('commentThreads_by_video_paged_1') },
      [`/commentThreads?videoId=F1UP7wRCPH8&pageToken=${PAGE_2_TOKEN}`]: {
        body: youtubeFixture('commentThreads_by_video_paged_2'),
      },
    },
    { videoIds: ['F1UP7wRCPH8'] },
  ],
  [
    'commentThreads allThreadsRelatedToChannelId',
    {
      '/commentThreads?allThreadsRelatedToChannelId=UCa-vrCLQHviTOVnEKDOdetQ': {
        body: youtubeFixture('commentThreads_allThreadsRelatedToChannelId'),
      },
    },
    { channelId: 'UCa-vrCLQHviTOVnEKDOdetQ' },
  ],
  [
    'a thread item with replies (in a synthetic list envelope)',
    {
      '/commentThreads?videoId=D-lhorsDlUQ': {
        body: {
          kind: 'youtube#commentThreadListResponse',
          items: [youtubeJson('commentThread_item_with_replies')],
        },
      },
    },
    { videoIds: ['D-lhorsDlUQ'] },
  ],
];

describe.each(CASES)('youtube on %s', (_name, routes, fixture) => {
  test('returns well-formed, plain-text mentions without the key', async () => {
    const api = await startFakeYouTube(routes);
    try {
      const entry = findSourceType('youtube')!;
      const { create } = await entry.load();
      const options: SourceOptions = {
        ...fixture,
        apiKey: KEY,
        baseUrl: api.url,
        type: 'youtube',
        name: 'yt',
      };
      const source = create(options, [{ name: 'Slack', keywords: ['slack'], exclude: [], handles: {} }]);
      expect(source.name).toBe('yt');
      expect(source.type).toBe('youtube');

      const result = await source.fetch(testContext(), null);
      expect(result.notModified).toBe(false);
      expect(result.partialError).toBeUndefined();
      expect(result.mentions.length).toBeGreaterThan(0);
      const ids = result.mentions.map((m) => m.externalId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const mention of result.mentions) {
        expect(mention.externalId.trim()).not.toBe('');
        expect(mention.text.length).toBeGreaterThan(0);
        expect(mention.createdAt).toBeInstanceOf(Date);
        expect(Number.isNaN(mention.createdAt!.getTime())).toBe(false);
        expect(mention.threadId).toBeTruthy();
        for (const field of [mention.text, mention.author ?? '']) {
          expect(field).not.toMatch(/<\/?(?:b|p|div|a|br|span)\b/i);
          expect(field).not.toMatch(/&(?:amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);/i);
          expect(field).toBe(field.trim());
        }
        expect(new URL(mention.url!).hostname).toBe('www.youtube.com');
      }
      expect(JSON.stringify(result)).not.toContain(KEY);
      expect(api.requests.every((r) => r.query.get('key') === KEY)).toBe(true);
    } finally {
      await api.close();
    }
  });
});
