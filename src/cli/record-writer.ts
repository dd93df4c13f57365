/** Streams mention records as JSON (one array), NDJSON or CSV, one record at a time. */
import type { MentionRecord } from '../output/fields.js';
import { FLUSH_AT, recordsAsJson, writeNdjson } from '../output/ndjson.js';
import { csvHeader, formatCsvRow } from '../output/csv.js';
import { formatJsonChunks } from '../output/json.js';
import { UsageError } from '../errors.js';

export type RecordFormat = 'json' | 'ndjson' | 'csv';
export const RECORD_FORMATS: readonly RecordFormat[] = ['json', 'ndjson', 'csv'];

/** Checks a --format value. */
export function parseFormat(value: unknown): RecordFormat {
  if (RECORD_FORMATS.includes(value as RecordFormat)) return value as RecordFormat;
  throw new UsageError(`--format "${String(value)}": use one of ${RECORD_FORMATS.join(', ')}`);
}

/** Writes every record in `format` through `write`, never holding more than one record's text; returns the count. */
export function writeRecords(
  format: RecordFormat,
  records: Iterable<MentionRecord>,
  sink: (chunk: string) => void,
): number {
  if (format === 'ndjson') return writeNdjson(recordsAsJson(records), sink);
  let count = 0;
  let buffered = '';
  const write = (chunk: string) => {
    buffered += chunk;
    if (buffered.length >= FLUSH_AT) {
      sink(buffered);
      buffered = '';
    }
  };
  if (format === 'json') {
    const counted = (function* () {
      for (const r of records) {
        count++;
        yield r;
      }
    })();
    for (const chunk of formatJsonChunks(counted)) write(chunk);
  } else {
    write(csvHeader());
    for (const r of records) {
      count++;
      write(formatCsvRow(r));
    }
  }
  if (buffered !== '') sink(buffered);
  return count;
}
