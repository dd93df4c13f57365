/** Decoding and robustness of the feed pipeline on synthetic inputs (written inline, not captured payloads). */
import { readFile } from 'node:fs/promises';

import { unprefixedAtom } from '../../src/sources/atom-text.js';
import { create, fallbackId } from '../../src/sources/rss.js';
import { SourceError, type SourceResult } from '../../src/sources/source.js';
import { bytesContext, FIXTURES_DIR } from './test-context.js';

const source = create({ type: 'rss', name: 'rss:test', url: 'synthetic.xml' }, []);

function rss(items: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>'): string {
  return `${declaration}\n<rss version="2.0"><channel><title>Synthetic</title>${items}</channel></rss>`;
}

const CAFE = rss(
  '<item><guid>1</guid><title>Café Acme – naïve “quotes”</title><description>Crème brûlée</description></item>',
);

async function fetchBytes(body: Buffer | string): Promise<SourceResult> {
  return source.fetch(bytesContext(body), null);
}

async function failure(body: Buffer | string): Promise<SourceError> {
  const err = await fetchBytes(body).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SourceError);
  return err as SourceError;
}

describe('encodings', () => {
  test.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CAFE)])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CAFE, 'utf16le')])],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CAFE, 'utf16le').swap16()]),
    ],
  ])('%s', async (_name, body) => {
    const result = await fetchBytes(body);
    expect(result.warnings).toEqual([]);
    expect(result.mentions[0]).toMatchObject({ title: 'Café Acme – naïve “quotes”', text: 'Crème brûlée' });
  });

  test('ISO-8859-1 declared in the XML declaration', async () => {
    const xml = rss(
      '<item><guid>1</guid><title>Crème brûlée à la Acme</title></item>',
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
    );
    const result = await fetchBytes(Buffer.from(xml, 'latin1'));
    expect(result.mentions[0].title).toBe('Crème brûlée à la Acme');
  });

  test('windows-1252 smart quotes', async () => {
    const xml = rss(
      '<item><guid>1</guid><title>Acme\x92s \x93best\x94</title></item>',
      "<?xml version='1.0' encoding='windows-1252'?>",
    );
    const result = await fetchBytes(Buffer.from(xml, 'latin1'));
    expect(result.mentions[0].title).toBe('Acme’s “best”');
  });

  test('an unknown encoding falls back to UTF-8 with a warning', async () => {
    const xml = rss(
      '<item><guid>1</guid><title>Café</title></item>',
      '<?xml version="1.0" encoding="x-klingon"?>',
    );
    const result = await fetchBytes(xml);
    expect(result.mentions[0].title).toBe('Café');
    expect(result.warnings).toEqual(['unknown encoding "x-klingon"; decoded as utf-8']);
  });
});

describe('documents that are not feeds', () => {
  test.each([
    [
      'an HTML page',
      '<!DOCTYPE html>\n<html lang="en"><head><title>Blog</title></head><body><p>Hi</body></html>',
    ],
    [
      'an XHTML page',
      '<?xml version="1.0"?>\n<!-- served --><html xmlns="http://www.w3.org/1999/xhtml"><head/></html>',
    ],
  ])('%s', async (_name, body) => {
    expect((await failure(body)).message).toBe('rss:test: not a feed (got an HTML page); check the url');
  });

  test('XML with another root element', async () => {
    expect((await failure('<?xml version="1.0"?><config><a/></config>')).message).toBe(
      'rss:test: not a feed (root element <config>); check the url',
    );
  });

  test.each([
    ['an <rss> without a <channel>', '<rss version="2.0"></rss>', 'rss'],
    [
      'an empty RDF document',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>',
      'rdf:RDF',
    ],
  ])('%s is no feed, said in words', async (_name, body, root) => {
    expect((await failure(body)).message).toBe(
      `rss:test: not a feed (<${root}> holds no channel or entries); check the url`,
    );
  });

  test('Atom xhtml text is read in document order, like html text', async () => {
    const xhtml = (inner: string) => `<div xmlns="http://www.w3.org/1999/xhtml">${inner}</div>`;
    const { mentions } = await fetchBytes(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>' +
        '<entry><id>urn:e1</id><title type="xhtml">' +
        xhtml('Acme <b>refund</b> missing') +
        '</title><content type="xhtml">' +
        xhtml('<p>My <b>Acme</b> order never arrived &amp; I&#39;m upset</p>') +
        "</content></entry><entry><id>urn:e2</id><title>Acme plain</title><summary type='xhtml'>" +
        xhtml('The <a href="http://x">Acme</a> app is <strong>broken</strong> again') +
        '</summary></entry></feed>',
    );
    expect(mentions.map((m) => [m.title, m.text])).toEqual([
      ['Acme refund missing', "My Acme order never arrived & I'm upset"],
      ['Acme plain', 'The Acme app is broken again'],
    ]);
  });

  // From a review of the rewrite: it must leave CDATA, self-closing and nested elements alone.
  test('the xhtml rewrite keeps CDATA, self-closing and nested elements, and other feeds, as they are', async () => {
    const atom = (entries: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>${entries}</feed>`;
    const texts = async (xml: string) => (await fetchBytes(xml)).mentions.map((m) => m.text);
    expect(
      await texts(
        atom(
          '<entry><id>1</id><title>a</title><summary type="xhtml"/><content>Acme one</content></entry>' +
            '<entry><id>2</id><title>b</title><content type="xhtml"><div>outer <content>inner</content> ' +
            '<![CDATA[charged me <twice> & no refund]]></div></content></entry>',
        ),
      ),
    ).toEqual(['Acme one', 'outer inner charged me <twice> & no refund']);
    // An RSS feed that only talks about xhtml keeps every item.
    const rss =
      '<rss version="2.0"><channel><title>x</title><item><guid>1</guid><title>Tips</title><description>' +
      '<![CDATA[Write <title type="xhtml"> for rich titles.]]></description></item>' +
      '<item><guid>2</guid><title>Acme down</title><description>for 3 hours</description></item></channel></rss>';
    expect(await texts(rss)).toEqual(['Write for rich titles.', 'for 3 hours']);
  });

  test('the xhtml rewrite reads quoted ">" in attributes, and Atom after a DOCTYPE with an internal subset', async () => {
    const body =
      '<entry><id>1</id><title>t</title><content type="xhtml" xml:base="http://e.com/?a>b"><div>The <b>Acme</b> app</div></content>' +
      '<link rel="alternate">http://e.com/a</link><link >http://e.com/b</link ></entry></feed>';
    for (const head of [
      '<feed xmlns="http://www.w3.org/2005/Atom">',
      '<!DOCTYPE feed [<!ENTITY brand "Acme">]><feed xmlns="http://www.w3.org/2005/Atom">',
    ]) {
      const { mentions } = await fetchBytes(head + body);
      expect(mentions.map((m) => [m.text, m.url])).toEqual([['The Acme app', 'http://e.com/a']]);
    }
  });

  test('an Atom link given as text, not href, is read as the link', async () => {
    const { mentions } = await fetchBytes(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><entry><id>1</id>' +
        '<title>Acme is down again</title><link>https://example.com/posts/1?a=1&amp;b=2</link></entry></feed>',
    );
    expect(mentions.map((m) => [m.title, m.url])).toEqual([
      ['Acme is down again', 'https://example.com/posts/1?a=1&b=2'],
    ]);
  });

  test('an <rss> root without a version is still read as RSS 2.0', async () => {
    const { mentions } = await fetchBytes(
      '<rss><channel><item><guid>1</guid><title>Acme</title></item></channel></rss>',
    );
    expect(mentions.map((m) => m.title)).toEqual(['Acme']);
  });

  test('an empty body', async () => {
    expect((await failure('  \n')).message).toBe('rss:test: empty response (no feed); check the url');
  });

  test('a truncated document names the feed and says it may be truncated', async () => {
    const full = await readFile(`${FIXTURES_DIR}google-alerts/feedjira_google_alerts_atom_slack.xml`);
    const err = await failure(full.subarray(0, Math.floor(full.length / 2)));
    expect(err.message).toMatch(
      /^rss:test: invalid feed xml \(.+ at line 1\); the document may be truncated$/,
    );
    expect(err.cause).toBeInstanceOf(Error);
  });

  test('no cut point of a real feed parses as a complete feed', async () => {
    const full = await readFile(`${FIXTURES_DIR}google-alerts/feedjira_google_alerts_atom_slack.xml`);
    for (let cut = 1; cut < full.length - 8; cut += 389) {
      const err = await failure(full.subarray(0, cut));
      expect(err.message).toMatch(/^rss:test: (?:invalid feed xml|not a feed|empty response)/);
    }
  });
});

describe('entries', () => {
  test('an Atom feed written with a namespace prefix is read', async () => {
    const atom = `<?xml version="1.0"?>
      <atom:feed xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
      <atom:title>Prefixed</atom:title>
      <atom:entry><atom:id>p-1</atom:id><atom:title>Acme lost my parcel</atom:title>
        <atom:link href="https://x.test/p-1"/><atom:updated>2026-11-20T10:00:00Z</atom:updated>
        <atom:content type="html"><![CDATA[<p>Where is it?</p>]]></atom:content></atom:entry>
      </atom:feed>`;
    const result = await fetchBytes(atom);
    expect(result.mentions).toHaveLength(1);
    expect(result.mentions[0]).toMatchObject({
      externalId: 'p-1',
      title: 'Acme lost my parcel',
      url: 'https://x.test/p-1',
      text: 'Where is it?',
    });
    // CDATA sections and comments are left as written.
    const kept = '<![CDATA[<atom:b>]]><!-- <atom:c> -->';
    expect(
      unprefixedAtom(
        `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">${kept}<atom:id>1</atom:id></atom:feed>`,
      ),
    ).toBe(`<feed xmlns:atom="http://www.w3.org/2005/Atom">${kept}<id>1</id></feed>`);
  });

  test('an entry that binds its own Atom prefix is read too', async () => {
    const atom = `<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>News</atom:title>
      <a:entry xmlns:a="http://www.w3.org/2005/Atom"><a:title>Acme broke</a:title><a:id>urn:1</a:id></a:entry>
      </atom:feed>`;
    const result = await fetchBytes(atom);
    expect(result.mentions.map((m) => [m.externalId, m.title])).toEqual([['urn:1', 'Acme broke']]);
  });

  test('a long run of comments before the root is read (it once took exponential time)', async () => {
    const comments = '<!--c-->'.repeat(40);
    const body = `<?xml version="1.0"?>${comments}<rss version="2.0"><channel><title>t</title><item><guid>1</guid><title>x</title></item></channel></rss>`;
    expect((await fetchBytes(body)).mentions).toHaveLength(1);
    const notFeed = await failure(`<?xml version="1.0"?>${comments}<html-ish/>`);
    expect(notFeed.message).toContain('root element <html-ish>');
  });

  test('a prefix bound to another namespace is left alone', async () => {
    const err = await failure('<x:feed xmlns:x="urn:example"><x:entry><x:id>1</x:id></x:entry></x:feed>');
    expect(err.message).toContain('not a feed (root element <x:feed>)');
  });

  test('missing and unparseable dates leave createdAt unset; the entry is kept', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><id>a</id><title>No date at all</title></entry>
      <entry><id>b</id><title>Bad date</title><published>yesterday-ish</published></entry>
      <entry><id>c</id><title>Updated only</title><updated>2026-11-20T10:00:00Z</updated></entry></feed>`;
    const result = await fetchBytes(atom);
    expect(result.mentions.map((m) => [m.externalId, m.createdAt?.toISOString()])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', '2026-11-20T10:00:00.000Z'],
    ]);
    const rssResult = await fetchBytes(
      rss('<item><guid>x</guid><title>t</title><pubDate>not a date</pubDate></item>'),
    );
    expect(rssResult.mentions[0].createdAt).toBeUndefined();
  });

  test('ids fall back from guid to link to a stable hash; empty and repeated entries are skipped', async () => {
    const xml = rss(`
      <item><guid isPermaLink="false">g-1</guid><link>https://x.test/1</link><title>one</title></item>
      <item><link>https://x.test/2</link><title>two</title></item>
      <item><title>three</title><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>
      <item><guid>g-1</guid><title>one again</title></item>
      <item><guid>g-5</guid><description>   </description></item>`);
    const first = await fetchBytes(xml);
    const ids = first.mentions.map((m) => m.externalId);
    expect(ids.slice(0, 2)).toEqual(['g-1', 'https://x.test/2']);
    expect(ids[2]).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect((await fetchBytes(xml)).mentions[2].externalId).toBe(ids[2]);
    expect(first.warnings).toEqual([
      'skipped 1 entry with neither title nor text',
      'skipped 1 entry repeating an earlier id',
    ]);
  });

  test('entries with neither id, link nor date that share a title are told apart by their text', async () => {
    const xml = rss(`
      <item><title>Help</title><description>acme charged me twice</description></item>
      <item><title>Help</title><description>acme app crashes on start</description></item>
      <item><title>Help</title><description>acme charged me twice</description></item>`);
    const first = await fetchBytes(xml);
    expect(first.mentions.map((m) => m.text)).toEqual(['acme charged me twice', 'acme app crashes on start']);
    const ids = first.mentions.map((m) => m.externalId);
    expect(new Set(ids).size).toBe(2);
    // Stable across scans, and whatever the order: each id comes from the entry itself.
    expect((await fetchBytes(xml)).mentions.map((m) => m.externalId)).toEqual(ids);
    expect(ids[0]).toBe(fallbackId('Help', undefined, 'acme charged me twice'));
    expect(first.warnings).toEqual(['skipped 1 entry repeating an earlier id']);
    const later = await fetchBytes(
      rss(`
      <item><title>Help</title><description>acme lost my parcel</description></item>
      <item><title>Help</title><description>acme app crashes on start</description></item>
      <item><title>Help</title><description>acme charged me twice</description></item>`),
    );
    expect(
      later.mentions
        .map((m) => m.externalId)
        .slice(1)
        .reverse(),
    ).toEqual(ids);
  });

  test('RSS 2.0 fields: content:encoded, dc:creator, e-mail authors, Google redirect links', async () => {
    const xml = rss(`
      <item><guid>1</guid><title>Acme &amp;amp; friends</title><dc:creator>Jane Doe</dc:creator>
        <description>short</description>
        <content:encoded><![CDATA[<p>Full <b>text</b>&nbsp;here &#8212; <a href="/x">link</a></p>]]></content:encoded></item>
      <item><guid>2</guid><title>Mail author</title><author>jo@example.com (Jo Bloggs)</author>
        <link>https://www.google.com/url?rct=j&amp;sa=t&amp;url=https://news.example/acme&amp;ct=ga</link></item>`).replace(
      '<rss version="2.0">',
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    );
    const [a, b] = (await fetchBytes(xml)).mentions;
    expect(a).toMatchObject({ title: 'Acme & friends', text: 'Full text here — link', author: 'Jane Doe' });
    expect(b).toMatchObject({ author: 'Jo Bloggs', url: 'https://news.example/acme' });
  });

  test('RDF (RSS 1.0) feeds', async () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://x.test/"><title>R</title></channel>
      <item rdf:about="https://x.test/1"><title>Acme news</title><link>https://x.test/1</link>
      <dc:date>2026-11-21T08:00:00Z</dc:date></item></rdf:RDF>`;
    const [m] = (await fetchBytes(rdf)).mentions;
    expect(m).toMatchObject({
      externalId: 'https://x.test/1',
      title: 'Acme news',
      createdAt: new Date('2026-11-21T08:00:00Z'),
    });
  });

  test('stray ampersands and control-character references are parsed leniently with a warning', async () => {
    const xml = rss(
      '<item><guid>1</guid><title>AT&T loves Acme</title><description>red &#27;[31m alert</description></item>',
    );
    const result = await fetchBytes(xml);
    expect(result.mentions[0].title).toBe('AT&T loves Acme');
    // Kept as the escape character: sanitising for terminals and CSV is the output layer's job.
    expect(result.mentions[0].text).toBe('red \x1b[31m alert');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^invalid feed xml \(.+\); parsed after escaping stray '&' characters$/,
    );
  });

  test('App Store reviews carry their star rating', async () => {
    const body = await readFile(
      `${FIXTURES_DIR}rss/customerreviews_jp_1404176564_mostRecent_page1.reviewer.xml`,
    );
    const { mentions } = await fetchBytes(body);
    expect(mentions).toHaveLength(50);
    expect(mentions[0]).toMatchObject({
      externalId: '6310006838',
      rating: 5,
      title: '髪型追加してもらいたい',
    });
    const counts = [1, 2, 3, 4, 5].map((stars) => mentions.filter((m) => m.rating === stars).length);
    expect(counts).toEqual([15, 6, 9, 9, 11]);
    // Every review links to the same page of the app's reviews: shown, but never used to de-duplicate.
    expect(new Set(mentions.map((m) => m.url))).toEqual(
      new Set(['https://itunes.apple.com/jp/review?id=1404176564&type=Purple%20Software']),
    );
    expect(mentions.every((m) => m.sharedUrl === true)).toBe(true);
  });

  test('Reddit entries lose the "submitted by" footer and keep a readable author', async () => {
    const body = await readFile(`${FIXTURES_DIR}rss/search_rss_atom_site_kevincox.feed-rs.xml`);
    const [m] = (await fetchBytes(body)).mentions;
    expect(m).toMatchObject({
      externalId: 't3_qksbf1',
      title: 'Announcing FeedMail',
      text: '',
      author: 'u/kevincox_ca',
    });
  });
});
