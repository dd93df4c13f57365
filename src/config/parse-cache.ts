/**
 * The parsed config document, kept between runs. Loading and running the YAML parser costs every command
 * about 8 ms at start (`mentions list` on a million mentions takes about 100 ms in all); reading back the
 * JSON of an unchanged file costs a tenth of a millisecond.
 *
 * The cache holds the file's own text beside the parsed document and is used only while that text is
 * the same, so an edited file is always parsed again. `${VAR}` values are substituted after this step:
 * nothing from the environment is written. Only its owner can read the file (mode 600), and deleting it
 * is always safe.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDirs } from '../make-dirs.js';

const FORMAT = 1;

/** What a cache file holds. */
interface Entry {
  format: number;
  file: string;
  text: string;
  doc: unknown;
}

/** Where the parsed copy of `file` is kept: $XDG_CACHE_HOME/mentions/config-<hash of the path>.json. */
export function cacheFileFor(file: string, env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache');
  return path.join(base, 'mentions', `config-${fnv1a(file)}.json`);
}

/**
 * The document `parse(text)` gives for the config `file` whose text is `text`, from the cache when this
 * very text was parsed before. Parse errors are thrown as they are and never cached.
 */
export async function parseCached(
  file: string,
  text: string,
  env: NodeJS.ProcessEnv,
  parse: (text: string) => Promise<unknown>,
): Promise<unknown> {
  const cacheFile = cacheFileFor(file, env);
  const hit = read(cacheFile);
  if (hit && hit.format === FORMAT && hit.file === file && hit.text === text) return hit.doc;
  const doc = await parse(text);
  // Only plain data survives JSON unchanged: a document with a YAML date or a cycle is not cached.
  if (isJsonData(doc, new Set())) write(cacheFile, { format: FORMAT, file, text, doc });
  return doc;
}

function read(cacheFile: string): Entry | undefined {
  try {
    return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Entry;
  } catch {
    return undefined;
  }
}

/** Writes atomically (temporary file, then rename); a cache that cannot be written is simply skipped. */
function write(cacheFile: string, entry: Entry): void {
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  try {
    makeDirs(path.dirname(cacheFile), 0o700);
    fs.writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
    fs.renameSync(tmp, cacheFile);
  } catch {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was written (the directory could not be made).
    }
  }
}

/** True when JSON.parse(JSON.stringify(value)) equals `value`: null, booleans, strings, finite numbers. */
function isJsonData(value: unknown, ancestors: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || ancestors.has(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return false;
  ancestors.add(value);
  const ok = Object.values(value).every((v) => isJsonData(v, ancestors));
  ancestors.delete(value);
  return ok;
}

/** A short stable hash of a path, for the cache file's name (the path itself is checked on read). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
