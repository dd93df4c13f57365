/** Opening a database other processes are opening too: SQLITE_BUSY is retried, not reported. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isBusy, whileBusy } from '../../src/store/store-errors.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

function busyError(): Error {
  return Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
}

test('a step SQLite reports busy is run again until it succeeds', () => {
  let calls = 0;
  const result = whileBusy(() => {
    calls += 1;
    if (calls < 3) throw busyError();
    return 'wal';
  }, Date.now() + 5000);
  expect(result).toBe('wal');
  expect(calls).toBe(3);
});

test('other errors, and busy past the deadline, are thrown as they are', () => {
  let calls = 0;
  const corrupt = Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' });
  expect(() =>
    whileBusy(() => {
      calls += 1;
      throw corrupt;
    }, Date.now() + 5000),
  ).toThrow(corrupt);
  expect(calls).toBe(1);
  const started = Date.now();
  expect(() =>
    whileBusy(() => {
      throw busyError();
    }, started + 50),
  ).toThrow('database is locked');
  expect(Date.now() - started).toBeGreaterThanOrEqual(50);
  expect(isBusy(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_RECOVERY' }))).toBe(true);
  expect(isBusy(new Error('x'))).toBe(false);
  expect(isBusy(null)).toBe(false);
});

/** Starts `count` processes that each open (and migrate) `file` at the instant `at`; their exit codes and stderr. */
function openAt(file: string, count: number, at: number): Promise<{ code: number | null; stderr: string }[]> {
  const connect = pathToFileURL(path.join(ROOT, 'dist', 'store', 'connect.js')).href;
  const code = [
    'const { openStore } = await import(process.argv[1]);',
    'while (Date.now() < Number(process.argv[3]));',
    'try { (await openStore(process.argv[2])).close(); }',
    'catch (err) { console.error(err.message); process.exit(1); }',
  ].join('\n');
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(
            process.execPath,
            ['--input-type=module', '-e', code, connect, file, String(at)],
            {
              stdio: ['ignore', 'ignore', 'pipe'],
            },
          );
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('close', (exit) => resolve({ code: exit, stderr }));
        }),
    ),
  );
}

test('processes opening a new database at the same instant all succeed', async () => {
  // Before the retry, one process in about thirteen lost the race to switch the new file to WAL.
  const dir = tempDir('busy');
  for (let round = 0; round < 8; round++) {
    const file = path.join(dir, `race-${round}.db`);
    const results = await openAt(file, 4, Date.now() + 400);
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ code: 0, stderr: '' })));
  }
}, 30_000);
