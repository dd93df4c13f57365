/** The shared test server behaves as documented (others rely on it for e2e tests and the benchmark). */
import { startFeedServer } from '../helpers/feed-server.js';

test('routes, defaults, 404s, function routes, validators and request recording', async () => {
  let hits = 0;
  const server = await startFeedServer({
    '/a.xml': { body: '<rss/>' },
    '/a.xml?page=2': { body: 'page two', headers: { 'content-type': 'text/plain' } },
    '/count': () => ({ body: String(++hits) }),
    '/cached': { body: 'x', etag: '"e"', lastModified: 'Tue, 24 Nov 2026 10:00:00 GMT' },
  });
  try {
    const a = await fetch(`${server.url}/a.xml`);
    expect([a.status, a.headers.get('content-type'), await a.text()]).toEqual([
      200,
      'application/xml; charset=utf-8',
      '<rss/>',
    ]);
    const page = await fetch(`${server.url}/a.xml?page=2`);
    expect([page.headers.get('content-type'), await page.text()]).toEqual(['text/plain', 'page two']);
    expect((await fetch(`${server.url}/a.xml?page=3`)).status).toBe(200);
    expect((await fetch(`${server.url}/missing`)).status).toBe(404);
    await fetch(`${server.url}/count`);
    expect(await (await fetch(`${server.url}/count`)).text()).toBe('2');

    const fresh = await fetch(`${server.url}/cached`, { headers: { 'If-None-Match': '"e"' } });
    expect([fresh.status, fresh.headers.get('etag')]).toEqual([304, '"e"']);
    const byDate = await fetch(`${server.url}/cached`, {
      headers: { 'If-Modified-Since': 'Tue, 24 Nov 2026 10:00:00 GMT' },
    });
    expect(byDate.status).toBe(304);
    expect((await fetch(`${server.url}/cached`, { headers: { 'If-None-Match': '"old"' } })).status).toBe(200);

    expect(server.requests.map((r) => r.path)).toEqual([
      '/a.xml',
      '/a.xml?page=2',
      '/a.xml?page=3',
      '/missing',
      '/count',
      '/count',
      '/cached',
      '/cached',
      '/cached',
    ]);
    expect(server.requests[0]).toMatchObject({ method: 'GET', headers: { host: server.url.slice(7) } });
  } finally {
    await server.close();
  }
});

test('close() does not wait for delayed answers', async () => {
  const server = await startFeedServer({ '/slow': { body: 'late', delayMs: 60_000 } });
  const pending = fetch(`${server.url}/slow`).then(
    () => 'answered',
    () => 'dropped',
  );
  while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const started = Date.now();
  await server.close();
  expect(await pending).toBe('dropped');
  expect(Date.now() - started).toBeLessThan(5000);
});
