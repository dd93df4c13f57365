/** Finds, reads and validates the YAML config; every problem becomes one ConfigError line. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ConfigError } from '../errors.js';
import { Checker, formatPath, type Problem } from './checks.js';
import { buildConfig, type Config } from './schema.js';
import { SOURCE_TYPES } from '../sources/index.js';
import { parseCached } from './parse-cache.js';
import { redactor } from '../redact.js';

/** A value read from the environment by `${VAR}`, and the top-level section that read it. */
type EnvValue = { at: string | number | undefined; value: string };

/** Where to look for the config, in order: --config, $MENTIONS_CONFIG, ./mentions.yaml, XDG. */
export function locateConfig(explicit: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  if (explicit) return path.resolve(cwd, explicit);
  if (env.MENTIONS_CONFIG) return path.resolve(cwd, env.MENTIONS_CONFIG);
  const local = path.resolve(cwd, 'mentions.yaml');
  if (fs.existsSync(local)) return local;
  const xdg = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  const global = path.join(xdg, 'mentions', 'config.yaml');
  if (fs.existsSync(global)) return global;
  throw new ConfigError(
    'no config found: pass --config FILE, set MENTIONS_CONFIG, or create ./mentions.yaml (mentions init writes one)',
  );
}

/** The default database path: $XDG_DATA_HOME/mentions/mentions.db. */
export function defaultDatabase(env: NodeJS.ProcessEnv): string {
  const data = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(data, 'mentions', 'mentions.db');
}

/** Reads and validates the config file; throws ConfigError naming the file, line and document path. */
export async function loadConfig(file: string, env: NodeJS.ProcessEnv): Promise<Config> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${file}: cannot read the config (${code ?? 'error'}); check the path`, {
      cause: err,
    });
  }
  const parsed = await parseCached(file, text, env, (yaml) => parseYaml(file, yaml));
  const check = new Checker();
  const fromEnv: EnvValue[] = [];
  const substituted: string[] = [];
  const raw = interpolate(parsed, [], env, check, { fromEnv, substituted });
  const config = check.problems.length === 0 ? buildConfig(raw, check, at(file, env)) : undefined;
  if (check.problems.length > 0 || !config) {
    // A problem may quote a value that came from the environment: none is ever shown. It quotes a
    // setting's whole value or its first 37 characters ("…..."), so each setting that took anything
    // from the environment is hidden whole, in both forms, as is the environment's part.
    const values = [...fromEnv.map((e) => e.value), ...substituted];
    const hide = redactor(values.flatMap((v) => (v.length > 40 ? [v, v.slice(0, 37)] : [v])));
    throw new ConfigError(hide(await describeProblem(file, text, check.problems[0])));
  }
  // Whatever a source or an alert channel reads from the environment (tokens, keys, passwords) is secret.
  const secretEnv = fromEnv.filter((e) => e.at === 'sources' || e.at === 'notify').map((e) => e.value);
  config.secrets = [...new Set([...config.secrets, ...secretEnv])].sort((a, b) => b.length - a.length);
  return config;
}

/** The YAML document; js-yaml parses in a fraction of the time `yaml` needs to load. */
async function parseYaml(file: string, text: string): Promise<unknown> {
  const { load, YAMLException } = await import('js-yaml');
  try {
    return load(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    const line = err.mark ? `:${err.mark.line + 1}` : '';
    throw new ConfigError(`${file}${line}: invalid YAML: ${err.reason}`, { cause: err });
  }
}

function at(file: string, env: NodeJS.ProcessEnv) {
  return { file, defaultDatabase: defaultDatabase(env), sourceTypes: SOURCE_TYPES };
}

/** Replaces `${VAR}` in every string value; a missing variable is a problem naming it. */
function interpolate(
  value: unknown,
  at: (string | number)[],
  env: NodeJS.ProcessEnv,
  check: Checker,
  seen: { fromEnv: EnvValue[]; substituted: string[] },
): unknown {
  if (typeof value === 'string') {
    const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
      const v = env[name];
      if (v === undefined) {
        check.fail(
          at,
          `uses \${${name}} but the environment variable ${name} is not set; export it or edit the config`,
        );
        return '';
      }
      if (v.length >= 4) seen.fromEnv.push({ at: at[0], value: v });
      return v;
    });
    if (out !== value && out.length >= 4) seen.substituted.push(out);
    return out;
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, [...at, i], env, check, seen));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, [...at, k], env, check, seen);
    return out;
  }
  return value;
}

/** One line naming file, line and path; `yaml` (which keeps node positions) is loaded only here. */
async function describeProblem(file: string, text: string, problem: Problem | undefined): Promise<string> {
  if (!problem) return `${file}: invalid config`;
  const { LineCounter, parseDocument, isNode } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  let line: number | undefined;
  for (let n = problem.path.length; n > 0 && line === undefined; n--) {
    const node = doc.getIn(problem.path.slice(0, n), true);
    if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
  }
  const where = line ? `${file}:${line}` : file;
  const name = problem.path.length > 0 ? `${formatPath(problem.path)}: ` : '';
  return `${where}: ${name}${problem.message}`;
}
