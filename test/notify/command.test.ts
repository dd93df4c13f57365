import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAlerts } from '../../src/notify/run-alerts.js';
import { alertsOf } from '../../src/store/alerts.js';
import { addMention, FIXTURES, freshDb, notifyConfig, runDeps } from './setup.js';

const SCRIPT = path.join(FIXTURES, 'notify/write-stdin.mjs');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentions-notify-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('command channel', () => {
  test('runs the program without a shell, with the alert JSON on stdin', async () => {
    const db = freshDb();
    const out = path.join(dir, 'alert $(touch pwned).json');
    const config = notifyConfig([
      { type: 'command', name: 'script', command: process.execPath, args: [SCRIPT, out], on: ['crisis'] },
    ]);
    const crises = [{ brand: 'Acme', count: 7, usual: 1, words: ['refund'] }];
    const deps = runDeps(db, config, () => new Date('2026-11-24T09:00:00Z'), { crises });

    expect(await runAlerts(deps)).toEqual({ sent: 1, failed: [] });
    expect(fs.readFileSync(out, 'utf8')).toBe(
      JSON.stringify({
        kind: 'crisis',
        title: 'crisis: 7 complaints about Acme (usually 1): refund',
        at: '2026-11-24T09:00:00.000Z',
        brand: 'Acme',
        crisis: { count: 7, usual: 1, words: ['refund'] },
      }) + '\n',
    );
    expect(fs.readdirSync(dir)).toEqual(['alert $(touch pwned).json']);
    expect(deps.lines).toEqual(['alert: script: sent "crisis: 7 complaints about Acme (usually 1): refund"']);
  });

  test('a non-zero exit fails with the first line of stderr, is retried, and kept', async () => {
    const db = freshDb();
    const id = addMention(db);
    const out = path.join(dir, 'never.json');
    const config = notifyConfig([
      { type: 'command', name: 'script', command: process.execPath, args: [SCRIPT, out, 'queue full'] },
    ]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });

    expect(await runAlerts(deps)).toEqual({
      sent: 0,
      failed: [
        {
          channel: 'script',
          error: `${process.execPath} exited with code 1: queue full (1 alert kept for the next run)`,
        },
      ],
    });
    expect(deps.delays).toEqual([500, 1000]);
    expect(alertsOf(db, 'script')).toMatchObject([
      { status: 'failed', attempts: 1, last_error: `${process.execPath} exited with code 1: queue full` },
    ]);
  });

  test('a program that cannot be started is reported', async () => {
    const db = freshDb();
    const id = addMention(db);
    const config = notifyConfig([
      { type: 'command', name: 'gone', command: path.join(dir, 'no-such-program') },
    ]);
    const deps = runDeps(db, config, () => new Date('2026-11-24T08:30:00Z'), { newComplaintIds: [id] });
    const result = await runAlerts(deps);
    expect(result.failed).toEqual([
      {
        channel: 'gone',
        error: `cannot run ${path.join(dir, 'no-such-program')}: ENOENT (1 alert kept for the next run)`,
      },
    ]);
  });
});
