/** The `mentions classify` line format: plain text or NDJSON `{text, rating?}` in, one NDJSON verdict out. */
import type { Classification } from '../mention.js';
import type { ClassifyInput } from './worker-pool.js';
import { classify } from './index.js';
import { escapeUnsafeJson } from '../output/json.js';

/**
 * Classifies each non-empty input line; returns the NDJSON verdicts, one line each, in order. The texts
 * are strangers' words echoed back: characters a terminal would act on are escaped as in every JSON output.
 */
export function classifyLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const input = readLine(raw);
    if (input === undefined) continue;
    out += verdictLine(input.text, classify(input.text, input));
  }
  return escapeUnsafeJson(out);
}

/**
 * A plain line is the text; a JSON object line gives `text`, and optionally `rating` and `addressed`
 * (false for news and web pages about the brand, as a Google Alerts source marks them).
 */
function readLine(raw: string): ClassifyInput | undefined {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  // A byte order mark (a file saved by a Windows editor) is no part of the first text.
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === '') return undefined;
  if (line.trimStart().startsWith('{')) {
    try {
      const obj = JSON.parse(line) as { text?: unknown; rating?: unknown; addressed?: unknown };
      if (typeof obj.text === 'string') {
        const input: ClassifyInput = { text: obj.text };
        // Star ratings run from 1 to 5; anything else says nothing and is left out.
        if (typeof obj.rating === 'number' && obj.rating >= 1 && obj.rating <= 5) input.rating = obj.rating;
        if (typeof obj.addressed === 'boolean') input.addressed = obj.addressed;
        return input;
      }
    } catch {
      // Not JSON after all: classify the line as text.
    }
  }
  return { text: line };
}

/** One NDJSON line, fields in a fixed order: text, complaint, complaintScore, reasons, question, …. */
function verdictLine(text: string, c: Classification): string {
  const severity = c.severity === undefined ? '' : `,"severity":${c.severity}`;
  const personal =
    c.personalData === undefined
      ? ''
      : c.personalData.length === 0
        ? ',"personalData":[]'
        : `,"personalData":${JSON.stringify(c.personalData)}`;
  const language = c.language === undefined ? '' : `,"language":${JSON.stringify(c.language)}`;
  return (
    `{"text":${JSON.stringify(text)},"complaint":${c.complaint},"complaintScore":${c.complaintScore},` +
    `"reasons":${JSON.stringify(c.reasons)},"question":${c.question}${severity}${personal}${language}}\n`
  );
}
