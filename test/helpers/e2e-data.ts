/** Test data for e2e tests: small generated feeds, and a reader for the CSV that export writes. */

/** One RSS item. */
export interface FeedItemSpec {
  guid: string;
  title: string;
  text: string;
  link?: string;
  date?: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An RSS 2.0 document with `items`. */
export function rssFeed(title: string, items: FeedItemSpec[]): string {
  const entries = items.map((i) =>
    [
      '    <item>',
      `      <guid isPermaLink="false">${escapeXml(i.guid)}</guid>`,
      `      <title>${escapeXml(i.title)}</title>`,
      i.link ? `      <link>${escapeXml(i.link)}</link>` : '',
      `      <pubDate>${i.date ?? 'Tue, 24 Nov 2026 08:00:00 GMT'}</pubDate>`,
      `      <description>${escapeXml(i.text)}</description>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${escapeXml(title)}</title>`,
    '    <link>https://feeds.example/</link>',
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** A feed of `count` Acme complaints whose guids and links are unique to `key`. */
export function acmeFeed(key: string, count: number): string {
  const items = Array.from({ length: count }, (_, n) => ({
    guid: `${key}-item-${n}`,
    title: `Acme problem ${key} #${n}`,
    text: `My Acme order ${key}-${n} never arrived and nobody answers. Really frustrating.`,
    link: `https://social.example/${key}/posts/${n}`,
    date: new Date(Date.UTC(2026, 10, 20, 8, n)).toUTCString(),
  }));
  return rssFeed(`Acme feed ${key}`, items);
}

/** Parses CSV text into rows of cells; a trailing line break ends the last row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
