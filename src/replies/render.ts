/** The `mentions lint-replies` list for people: one finding per two lines, cut to the terminal width. */
import type { ChalkInstance } from 'chalk';
import { sanitizeForTerminal } from '../output/sanitize.js';
import { displayWidth, fitToWidth, truncateToWidth } from '../output/text-width.js';
import type { FindingKind, LintSummary, ReplyFinding } from './lint.js';

/** How to render for one terminal. */
export interface LintRenderOptions {
  width: number;
  color: ChalkInstance;
}

/** Words for each kind, in tables and summaries. */
export const KIND_LABELS: Record<FindingKind, string> = {
  canned: 'canned',
  otherChannel: 'other channel',
  personalData: 'personal data',
};

const GAP = '  ';
const SOURCE_MAX = 14;

function clean(text: string): string {
  return sanitizeForTerminal(text, { singleLine: true }).trim();
}

/** "3 canned · 1 other channel · 0 personal data". */
export function summaryLine(summary: LintSummary): string {
  return (Object.keys(KIND_LABELS) as FindingKind[])
    .map((k) => `${summary[k]} ${KIND_LABELS[k]}`)
    .join(' · ');
}

/**
 * Each finding as a line "kind  source  #mention  reply text" and an indented dim line with the reason;
 * every line at most `width` columns. Text was sanitised by the linter and is cleaned again here, since
 * the renderer cannot know where its input came from.
 */
export function renderFindings(findings: ReplyFinding[], summary: LintSummary, o: LintRenderOptions): string {
  const kindWidth = Math.max(...Object.values(KIND_LABELS).map((l) => l.length));
  const sources = findings.map((f) => clean(f.source));
  const sourceWidth = Math.min(
    SOURCE_MAX,
    sources.reduce((w, s) => Math.max(w, displayWidth(s)), 0),
  );
  const mentions = findings.map((f) => (f.mentionId === null ? '–' : `#${f.mentionId}`));
  const mentionWidth = mentions.reduce((w, m) => Math.max(w, m.length), 0);
  const indent = kindWidth + GAP.length;
  const lines: string[] = [];
  findings.forEach((f, i) => {
    const head = [
      fitToWidth(KIND_LABELS[f.kind], kindWidth),
      fitToWidth(sources[i], sourceWidth),
      mentions[i].padStart(mentionWidth),
    ].join(GAP);
    const room = o.width - displayWidth(head) - GAP.length;
    // On a very narrow terminal the text goes and the head is cut, rather than wrapping.
    lines.push(
      room >= 8
        ? `${o.color.bold(head)}${GAP}${truncateToWidth(clean(f.text), room)}`
        : o.color.bold(truncateToWidth(head, o.width)),
    );
    const detail = truncateToWidth(clean(f.detail), Math.max(1, o.width - indent));
    lines.push(
      ' '.repeat(Math.min(indent, Math.max(0, o.width - displayWidth(detail)))) + o.color.dim(detail),
    );
  });
  const footer = `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${summaryLine(summary)}`;
  lines.push(o.color.dim(truncateToWidth(footer, o.width)));
  return `${lines.join('\n')}\n`;
}
