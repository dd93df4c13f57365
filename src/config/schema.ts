/** The validated configuration and the checks that turn a parsed YAML document into it. */
import path from 'node:path';
import { Checker, describe } from './checks.js';
import { readSla, readSlaOverride, type SlaConfig } from './sla-schema.js';
import { notifySecrets, readNotify, type NotifyChannelConfig } from './notify-schema.js';
import { readCrisis, type CrisisConfig } from './crisis-schema.js';
import type { BrandConfig, FieldSpec, SourceOptions, SourceType } from '../sources/registry-types.js';
import { redactUrl } from '../redact.js';
import { httpUrl, urlPasswords } from './urls.js';

/**
 * Services a brand may name its own accounts on (any case; `x` is twitter): twitter, facebook and youtube
 * sources use theirs; every handle is also matched as "@handle" in any source's text.
 */
export const HANDLE_SERVICES = [
  'twitter',
  'facebook',
  'youtube',
  'instagram',
  'tiktok',
  'threads',
  'bluesky',
  'mastodon',
  'reddit',
  'linkedin',
  'github',
  'discord',
  'twitch',
  'pinterest',
  'snapchat',
  'telegram',
  'whatsapp',
  'tumblr',
];

/** The whole configuration after validation: paths resolved, durations in seconds. */
export interface Config {
  file: string;
  baseDir: string;
  database: string;
  concurrency: number;
  timeoutSeconds: number;
  sla: SlaConfig;
  brands: BrandConfig[];
  sources: SourceOptions[];
  notify: NotifyChannelConfig[];
  crisis: CrisisConfig;
  /** Values of secret fields, so that messages can be scrubbed of them. */
  secrets: string[];
}

const TOP_KEYS = [
  'database',
  'concurrency',
  'timeout',
  'sla',
  'brands',
  'sources',
  'notify',
  'crisis',
] as const;
const COMMON_SOURCE_KEYS = ['type', 'name', 'brand', 'sla'];

/** Checks a parsed document; problems are collected in `check` (the caller formats them). */
export function buildConfig(
  raw: unknown,
  check: Checker,
  at: { file: string; defaultDatabase: string; sourceTypes: readonly SourceType[] },
): Config | undefined {
  const baseDir = path.dirname(at.file);
  const doc = check.object(raw ?? {}, []);
  if (!doc) return undefined;
  check.unknownKeys(doc, TOP_KEYS, []);
  const database = check.string(doc.database, ['database']);
  const brands = readBrands(doc.brands, check);
  const sources = readSources(doc.sources, check, brands, at.sourceTypes);
  const notify = readNotify(doc.notify, check);
  checkNotifyFilters(notify, brands, sources, check);
  const secrets = [...collectSecrets(sources, at.sourceTypes), ...notifySecrets(notify)];
  const sla = readSla(doc.sla, check);
  checkEffectiveSla(sla, brands, sources, check);
  return {
    file: at.file,
    baseDir,
    database: database ? path.resolve(baseDir, database) : at.defaultDatabase,
    concurrency: check.count(doc.concurrency, ['concurrency'], 1, true, 256) ?? 16,
    // A fetch longer than a day is a hung server (and timers overflow past 24.8 days).
    timeoutSeconds: check.duration(doc.timeout, ['timeout'], 86400) ?? 20,
    sla,
    brands,
    sources,
    notify,
    crisis: readCrisis(doc.crisis, check),
    secrets,
  };
}

function readBrands(value: unknown, check: Checker): BrandConfig[] {
  if (!Array.isArray(value) || value.length === 0) {
    check.fail(['brands'], 'expected a list with at least one brand (name and keywords)');
    return [];
  }
  const brands: BrandConfig[] = [];
  value.forEach((item, i) => {
    const at = ['brands', i];
    const obj = check.object(item, at);
    if (!obj) return;
    check.unknownKeys(obj, ['name', 'keywords', 'exclude', 'handles', 'sla'], at);
    const name = check.string(obj.name, [...at, 'name'], true);
    const keywords = check.stringList(obj.keywords, [...at, 'keywords']);
    const exclude = check.stringList(obj.exclude, [...at, 'exclude']);
    const handles: Record<string, string> = {};
    const rawHandles = obj.handles === undefined ? {} : check.object(obj.handles, [...at, 'handles']);
    for (const [key, handle] of Object.entries(rawHandles ?? {})) {
      const service = key.toLowerCase() === 'x' ? 'twitter' : key.toLowerCase();
      if (!HANDLE_SERVICES.includes(service)) {
        // A misspelt service ("twiter") would leave the brand's own posts unrecognised, unnoticed.
        check.fail(
          [...at, 'handles', key],
          `unknown service; expected one of: ${HANDLE_SERVICES.join(', ')} (or x)`,
        );
        continue;
      }
      if (service in handles) {
        check.fail([...at, 'handles', key], `${service} is given twice; keep one`);
        continue;
      }
      const h = check.string(handle, [...at, 'handles', key], true);
      if (h) handles[service] = h.replace(/^@/, '');
    }
    if (keywords.length === 0 && Object.keys(handles).length === 0) {
      check.fail([...at, 'keywords'], 'give at least one keyword (or a handle) to match mentions by');
    }
    if (name && brands.some((b) => b.name.toLowerCase() === name.toLowerCase())) {
      check.fail([...at, 'name'], `brand "${name}" is defined twice`);
    }
    const sla = readSlaOverride(obj.sla, [...at, 'sla'], check);
    if (name) brands.push({ name, keywords, exclude, handles, ...(sla ? { sla } : {}) });
  });
  return brands;
}

function readSources(
  value: unknown,
  check: Checker,
  brands: BrandConfig[],
  types: readonly SourceType[],
): SourceOptions[] {
  if (!Array.isArray(value) || value.length === 0) {
    check.fail(['sources'], 'expected a list with at least one source (type and its settings)');
    return [];
  }
  const sources: SourceOptions[] = [];
  value.forEach((item, i) => {
    const at = ['sources', i];
    const obj = check.object(item, at);
    if (!obj) return;
    const typeName = check.string(obj.type, [...at, 'type'], true);
    if (!typeName) return;
    const type = types.find((t) => t.type === typeName);
    if (!type) {
      check.fail(
        [...at, 'type'],
        `unknown source type "${typeName}"; expected one of: ${types.map((t) => t.type).join(', ')}`,
      );
      return;
    }
    check.unknownKeys(obj, [...COMMON_SOURCE_KEYS, ...Object.keys(type.fields)], at);
    const options: SourceOptions = { type: typeName, name: '' };
    const sla = readSlaOverride(obj.sla, [...at, 'sla'], check);
    if (sla) options.sla = sla;
    const brand = check.string(obj.brand, [...at, 'brand']);
    if (brand !== undefined) {
      const known = brands.find((b) => b.name.toLowerCase() === brand.toLowerCase());
      if (known) options.brand = known.name;
      else check.fail([...at, 'brand'], `no brand named "${brand}" under brands`);
    }
    for (const [key, spec] of Object.entries(type.fields)) {
      const fieldAt = [...at, key];
      const v = obj[key];
      if (spec.kind === 'number')
        options[key] = check.count(v, fieldAt, spec.min ?? 0, spec.integer === true);
      else if (spec.kind === 'boolean') options[key] = check.boolean(v, fieldAt);
      else if (spec.kind === 'string[]') options[key] = check.stringList(v, fieldAt);
      else options[key] = readText(v, fieldAt, spec, check);
      if (spec.required && (v === undefined || v === null))
        check.fail(fieldAt, `is required: ${spec.description}`);
    }
    const oneOf = type.oneOf;
    if (oneOf && oneOf.fields.every((k) => isUnset(options[k]))) check.fail(at, oneOf.message);
    options.name = check.string(obj.name, [...at, 'name']) ?? defaultName(typeName, options);
    if (sources.some((s) => s.name === options.name)) {
      check.fail([...at, 'name'], `two sources are named "${options.name}"; give each a distinct name`);
    }
    sources.push(options);
  });
  return sources;
}

function readText(
  value: unknown,
  at: (string | number)[],
  spec: FieldSpec,
  check: Checker,
): string | undefined {
  const s = check.string(value, at);
  if (s === undefined) return s;
  const form = spec.pattern;
  if (form && !form.regex.test(s.trim()))
    return check.fail(at, `expected ${form.expected}, got ${describe(s)}; ${form.hint}`);
  if (spec.kind !== 'url') return s;
  if (httpUrl(s)) return s;
  if (spec.allowFile && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return s;
  // Shown without user, password or query: they may be credentials.
  const what = spec.allowFile ? 'an http(s) URL or a file path' : 'an http(s) URL';
  return check.fail(at, `expected ${what}, got "${redactUrl(s)}"`);
}

const isUnset = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** `rss:www.example.com` for a URL, `rss:feed.xml` for a file: stable while the config keeps the source. */
function defaultName(type: string, options: SourceOptions): string {
  const url = typeof options.url === 'string' ? options.url : undefined;
  if (!url) return type;
  const m = /^https?:\/\/([^/?#]+)/i.exec(url);
  // Up to the last "@": a password may hold one ("user:p@ss@host").
  return `${type}:${m ? m[1].replace(/^.*@/, '').toLowerCase() : path.basename(url)}`;
}

/**
 * A brand's or source's SLA override, with the targets it inherits (source over brand over global),
 * must not end `max` before `firstResponse`: a mention would be "past max" while still in time.
 */
function checkEffectiveSla(
  sla: SlaConfig,
  brands: BrandConfig[],
  sources: SourceOptions[],
  check: Checker,
): void {
  type Targets = { firstResponseSeconds?: number; maxSeconds?: number };
  const inverted = (...layers: (Targets | undefined)[]): boolean => {
    const pick = (k: keyof Targets) => layers.find((l) => l?.[k] !== undefined)?.[k] ?? sla[k];
    return pick('maxSeconds') < pick('firstResponseSeconds');
  };
  const message = 'with the targets it inherits, max would come before firstResponse; set both here';
  brands.forEach((b, i) => {
    if (b.sla && inverted(b.sla)) check.fail(['brands', i, 'sla'], message);
  });
  sources.forEach((s, i) => {
    if (!s.sla) return;
    const own = brands.filter((b) => s.brand === undefined || b.name === s.brand);
    const under = s.brand === undefined ? [undefined, ...own.map((b) => b.sla)] : own.map((b) => b.sla);
    if (under.some((b) => inverted(s.sla, b))) check.fail(['sources', i, 'sla'], message);
  });
}

/** A channel's `brand` and `source` filters must name configured ones: a typo would silence it. */
function checkNotifyFilters(
  channels: NotifyChannelConfig[],
  brands: BrandConfig[],
  sources: SourceOptions[],
  check: Checker,
): void {
  channels.forEach((c, i) => {
    for (const b of c.brands) {
      if (!brands.some((x) => x.name.toLowerCase() === b.toLowerCase()))
        check.fail(['notify', i, 'brand'], `no brand named "${b}" under brands`);
    }
    for (const s of c.sources) {
      if (!sources.some((x) => x.name === s))
        check.fail(['notify', i, 'source'], `no source named "${s}" under sources`);
    }
  });
}

function collectSecrets(sources: SourceOptions[], types: readonly SourceType[]): string[] {
  const secrets: string[] = [];
  for (const s of sources) {
    const type = types.find((t) => t.type === s.type);
    for (const [key, spec] of Object.entries(type?.fields ?? {})) {
      const v = s[key];
      if (spec.secret && typeof v === 'string' && v.length >= 4) secrets.push(v);
      // A feed behind basic auth (`https://user:password@host/feed`): the password is a credential.
      if (spec.kind === 'url' && typeof v === 'string')
        secrets.push(...urlPasswords(v).filter((p) => p.length >= 4));
    }
  }
  return secrets;
}
