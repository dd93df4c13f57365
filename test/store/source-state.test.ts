import os from 'node:os';
import { openDatabase } from '../../src/store/db.js';
import { getSourceState, recordSourceFailure, saveSourceBatch } from '../../src/store/source-state.js';
import { iterateMentions, setStatus, getMention, statusHistory } from '../../src/store/mentions.js';
import { importMentions } from '../../src/store/import.js';
import { tryLock, unlock } from '../../src/store/scan-lock.js';
import { newMention } from '../helpers/mentions.js';

const now = new Date('2026-11-24T09:00:00Z');

describe('source batches', () => {
  test('mentions and cursor are saved together; a rescan counts duplicates', () => {
    const db = openDatabase(':memory:');
    const a = newMention({ externalId: 'a' });
    const b = newMention({ externalId: 'b', complaint: false });
    const first = saveSourceBatch(db, 'rss:test', [a, b], { etag: '"v1"' }, now);
    expect(first).toMatchObject({ inserted: 2, duplicates: 0, newComplaints: 1 });
    expect(getSourceState(db, 'rss:test').cursor).toEqual({ etag: '"v1"' });
    const second = saveSourceBatch(db, 'rss:test', [a, b], null, now);
    expect(second).toMatchObject({ inserted: 0, duplicates: 2 });
    // A null cursor keeps the saved one.
    expect(getSourceState(db, 'rss:test').cursor).toEqual({ etag: '"v1"' });
  });

  test('the same canonical URL from two sources is one mention', () => {
    const db = openDatabase(':memory:');
    const url = 'https://example.com/post/1';
    saveSourceBatch(
      db,
      'one',
      [newMention({ source: 'one', externalId: '1', url, canonicalUrl: url })],
      null,
      now,
    );
    const r = saveSourceBatch(
      db,
      'two',
      [newMention({ source: 'two', externalId: 'x', url, canonicalUrl: url })],
      null,
      now,
    );
    expect(r).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  test('a batch that fails half-way stores nothing and keeps the old cursor', () => {
    const db = openDatabase(':memory:');
    saveSourceBatch(db, 's', [], { value: 'c1' }, now);
    const bad = newMention({ externalId: 'bad' });
    (bad as { status: string }).status = 'nonsense';
    expect(() =>
      saveSourceBatch(db, 's', [newMention({ externalId: 'ok' }), bad], { value: 'c2' }, now),
    ).toThrow();
    expect([...iterateMentions(db, { complaintsOnly: false })]).toHaveLength(0);
    expect(getSourceState(db, 's').cursor).toEqual({ value: 'c1' });
  });

  test('failures are counted and cleared by the next success', () => {
    const db = openDatabase(':memory:');
    recordSourceFailure(db, 's', 'http 500', now);
    recordSourceFailure(db, 's', 'http 502', now);
    expect(getSourceState(db, 's')).toMatchObject({ lastError: 'http 502', consecutiveErrors: 2 });
    saveSourceBatch(db, 's', [], null, now);
    expect(getSourceState(db, 's')).toMatchObject({ lastError: null, consecutiveErrors: 0 });
  });
});

describe('status changes', () => {
  test('answer, ignore and reopen are recorded with their time; unknown ids change nothing', () => {
    const db = openDatabase(':memory:');
    saveSourceBatch(db, 's', [newMention({ externalId: '1' }), newMention({ externalId: '2' })], null, now);
    const at = new Date('2026-11-24T08:30:00Z');
    setStatus(db, [1], { status: 'answered', at, by: 'manual', note: 'replied by DM', recordedAt: now });
    expect(getMention(db, 1)).toMatchObject({
      status: 'answered',
      answeredAt: at,
      answeredBy: 'manual',
      note: 'replied by DM',
    });
    expect(() =>
      setStatus(db, [2, 99], { status: 'ignored', at: now, by: 'manual', recordedAt: now }),
    ).toThrow(/no mention with id 99/);
    expect(getMention(db, 2)?.status).toBe('open');
    setStatus(db, [1], { status: 'open', at: now, by: 'manual', recordedAt: now });
    expect(getMention(db, 1)).toMatchObject({ status: 'open', answeredAt: null, answeredBy: null });
    expect(statusHistory(db, 1).map((h) => h.status)).toEqual(['answered', 'open']);
  });

  test('default list: open complaints, oldest first', () => {
    const db = openDatabase(':memory:');
    saveSourceBatch(
      db,
      's',
      [
        newMention({ externalId: 'new', createdAt: new Date('2026-11-24T08:00:00Z') }),
        newMention({ externalId: 'old', createdAt: new Date('2026-11-20T08:00:00Z') }),
        newMention({ externalId: 'praise', complaint: false }),
      ],
      null,
      now,
    );
    const ids = [...iterateMentions(db, { complaintsOnly: true, status: 'open' })].map((m) => m.externalId);
    expect(ids).toEqual(['old', 'new']);
  });
});

describe('import', () => {
  test('keeps free ids, de-duplicates, all or nothing', () => {
    const db = openDatabase(':memory:');
    const r = importMentions(db, [
      newMention({ id: 7, externalId: 'a' }),
      newMention({ id: 7, externalId: 'b' }),
    ]);
    expect(r).toEqual({ inserted: 2, duplicates: 0 });
    expect(getMention(db, 7)?.externalId).toBe('a');
    expect(importMentions(db, [newMention({ externalId: 'a' })])).toEqual({ inserted: 0, duplicates: 1 });
  });
});

describe('scan lock', () => {
  test('one holder at a time; a dead holder is taken over', () => {
    const db = openDatabase(':memory:');
    expect(tryLock(db, 'scan', process.pid, now)).toBeNull();
    // Our parent is alive and is not us: it holds the lock.
    expect(tryLock(db, 'scan', process.ppid, now)).toMatchObject({ pid: process.pid });
    unlock(db, 'scan', process.pid);
    // A pid that cannot exist is dead: its lock is stale.
    db.prepare("INSERT INTO locks (name, pid, host, acquired_at) VALUES ('scan', 2147483646, ?, 0)").run(
      os.hostname(),
    );
    expect(tryLock(db, 'scan', process.pid, now)).toBeNull();
  });
});
