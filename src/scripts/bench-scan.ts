/** Benchmark 1: `mentions scan --json` of 200 local RSS feeds × 20 entries, first scan and ETag rescan. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startBenchServer, type BenchDocument, type BenchServer } from './bench-server.js';
import { drawKind, mentionText } from './bench-texts.js';
import { figure, median, progress, runMentions, seededRandom, tempDir, type Section } from './bench-util.js';

const FEEDS = 200;
const ENTRIES = 20;
const LATENCY_MS = 50;
const BRAND = 'Acme';
const TARGET_MS = 1000;

/** The `--json` summary of a scan, as much of it as the benchmark checks. */
interface ScanSummary {
  sources: { notModified: boolean }[];
  totals: { sources: number; failed: number; inserted: number; complaints: number };
}

const escapeXml = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const feedPath = (f: number): string => `/feeds/${String(f).padStart(3, '0')}.xml`;

/** One valid RSS 2.0 feed; every entry names the brand and has a link and guid no other entry shares. */
function feedXml(f: number, now: number): string {
  const random = seededRandom(1000 + f);
  const items: string[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    const serial = f * ENTRIES + i;
    const text = mentionText(random, drawKind(random, 0.35), BRAND, serial);
    const link = `https://forum${f % 7}.example.net/t/${f}/${serial}-${BRAND.toLowerCase()}`;
    // Entries are minutes apart, newest first, as real feeds list them.
    const published = new Date(now - (serial + 1) * 60_000).toUTCString();
    const title =
      i % 3 === 0 ? '' : `    <title>${escapeXml(text.split(/[.!?,]/)[0].slice(0, 60))}</title>\n`;
    items.push(
      `  <item>\n${title}    <link>${link}</link>\n    <guid isPermaLink="true">${link}</guid>\n` +
        `    <pubDate>${published}</pubDate>\n    <author>user${serial}@example.net (User ${serial})</author>\n` +
        `    <description>${escapeXml(text)}</description>\n  </item>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0">',
    '<channel>',
    `  <title>Community forum ${f}</title>`,
    `  <link>https://forum${f % 7}.example.net/</link>`,
    `  <description>Posts mentioning ${BRAND}</description>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The config for one run: one brand, every feed a distinct `rss` source, concurrency only when not default. */
function configYaml(serverUrl: string, concurrency: number | undefined): string {
  const lines = ['database: ./mentions.db', 'timeout: 20s'];
  if (concurrency !== undefined) lines.push(`concurrency: ${concurrency}`);
  lines.push('brands:', `  - name: ${BRAND}`, `    keywords: [${BRAND.toLowerCase()}]`, 'sources:');
  for (let f = 0; f < FEEDS; f++) {
    lines.push(
      '  - type: rss',
      `    name: forum-${f}`,
      `    url: ${JSON.stringify(serverUrl + feedPath(f))}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Runs one scan and checks its summary; a wrong count means the figure would measure the wrong thing. */
async function timedScan(
  config: string,
  server: BenchServer,
  rescan: boolean,
): Promise<{ ms: number; summary: ScanSummary }> {
  server.resetCounts();
  // The parsed config is cached between runs, as for any user; here beside the config in the temp dir.
  const env = { XDG_CACHE_HOME: join(dirname(config), 'cache') };
  const run = await runMentions(['--config', config, 'scan', '--json'], { keepStdout: true, env });
  const summary = JSON.parse(run.stdout) as ScanSummary;
  const t = summary.totals;
  const expected = rescan ? 0 : FEEDS * ENTRIES;
  if (t.sources !== FEEDS || t.failed !== 0 || t.inserted !== expected) {
    throw new Error(
      `${rescan ? 'rescan' : 'scan'}: expected ${FEEDS} sources, 0 failed, ${expected} new; ` +
        `got ${t.sources} sources, ${t.failed} failed, ${t.inserted} new`,
    );
  }
  if (rescan && (server.counts.notModified !== FEEDS || summary.sources.some((s) => !s.notModified))) {
    throw new Error(`rescan: expected ${FEEDS} answers 304, got ${server.counts.notModified}`);
  }
  return { ms: run.ms, summary };
}

/** Runs the scan benchmark `runs` times per concurrency, each time on a fresh database. */
export async function benchScan(runs: number): Promise<Section> {
  const now = Date.now();
  const documents = new Map<string, BenchDocument>();
  for (let f = 0; f < FEEDS; f++) {
    documents.set(feedPath(f), { body: Buffer.from(feedXml(f, now)), etag: `"bench-${f}-v1"` });
  }
  const server = await startBenchServer(documents, LATENCY_MS);
  const tmp = tempDir('scan');
  const settings: { label: string; concurrency: number | undefined }[] = [
    { label: 'concurrency 16 (default)', concurrency: undefined },
    { label: 'concurrency 100', concurrency: 100 },
  ];
  const first = settings.map(() => [] as number[]);
  const again = settings.map(() => [] as number[]);
  let complaints = 0;
  try {
    for (let r = 0; r < runs; r++) {
      for (const [k, s] of settings.entries()) {
        const dir = join(tmp.dir, `run-${r}-${k}`);
        mkdirSync(dir);
        const config = join(dir, 'config.yaml');
        writeFileSync(config, configYaml(server.url, s.concurrency));
        const scan = await timedScan(config, server, false);
        first[k].push(scan.ms);
        complaints = scan.summary.totals.complaints;
        again[k].push((await timedScan(config, server, true)).ms);
      }
      progress(`scan: run ${r + 1}/${runs} done`);
    }
  } finally {
    await server.close();
    tmp.remove();
  }
  const target = { op: '<', value: TARGET_MS } as const;
  const figures = settings.flatMap((s, k) => [
    figure(`first scan, ${s.label}`, median(first[k]), 'ms', target, first[k]),
    figure(`rescan (all 304), ${s.label}`, median(again[k]), 'ms', target, again[k]),
  ]);
  const meeting = settings.filter((_, k) => median(first[k]) < TARGET_MS).map((s) => s.label);
  return {
    title: `scan: ${FEEDS} feeds × ${ENTRIES} entries, ${LATENCY_MS} ms latency (median of ${runs}, fresh db each)`,
    figures,
    notes: [
      `first scan stores ${FEEDS * ENTRIES} new mentions (${complaints} classified as complaints), 0 failures`,
      `latency alone costs ceil(${FEEDS}/c) × ${LATENCY_MS} ms: ` +
        settings
          .map((s) => `${Math.ceil(FEEDS / (s.concurrency ?? 16)) * LATENCY_MS} ms at ${s.label}`)
          .join(', '),
      `first scan under ${TARGET_MS} ms at: ${meeting.length > 0 ? meeting.join(', ') : 'neither concurrency'}`,
    ],
  };
}
