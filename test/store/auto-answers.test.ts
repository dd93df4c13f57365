import { openDatabase } from '../../src/store/db.js';
import { saveSourceBatch } from '../../src/store/source-state.js';
import { getMention, setStatus, statusHistory } from '../../src/store/mentions.js';
import { newMention } from '../helpers/mentions.js';

const now = new Date('2026-11-24T09:00:00Z');
const t = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`);

test('a brand reply seen by the source marks the mention answered (auto), earliest reply wins', () => {
  const db = openDatabase(':memory:');
  saveSourceBatch(
    db,
    'x',
    [newMention({ source: 'x', externalId: 'm1' }), newMention({ source: 'x', externalId: 'm2' })],
    null,
    now,
  );
  const r = saveSourceBatch(db, 'x', [], null, now, [
    { externalId: 'm1', answeredAt: t('08:40') },
    { externalId: 'nope', answeredAt: t('08:41') },
  ]);
  expect(r.autoAnswered).toBe(1);
  expect(getMention(db, 1)).toMatchObject({ status: 'answered', answeredBy: 'auto', answeredAt: t('08:40') });
  // An earlier reply seen later moves answeredAt back; a later one changes nothing.
  saveSourceBatch(db, 'x', [], null, now, [{ externalId: 'm1', answeredAt: t('08:20') }]);
  saveSourceBatch(db, 'x', [], null, now, [{ externalId: 'm1', answeredAt: t('08:50') }]);
  expect(getMention(db, 1)?.answeredAt).toEqual(t('08:20'));
  expect(statusHistory(db, 1).map((h) => h.by)).toEqual(['auto', 'auto']);
});

test('mentions dealt with by hand keep their status', () => {
  const db = openDatabase(':memory:');
  saveSourceBatch(db, 'x', [newMention({ source: 'x', externalId: 'm1' })], null, now);
  setStatus(db, [1], { status: 'ignored', at: now, by: 'manual', recordedAt: now });
  saveSourceBatch(db, 'x', [], null, now, [{ externalId: 'm1', answeredAt: t('08:40') }]);
  expect(getMention(db, 1)?.status).toBe('ignored');
});

test('a reply that arrives with its mention in the same batch applies at once', () => {
  const db = openDatabase(':memory:');
  const r = saveSourceBatch(db, 'x', [newMention({ source: 'x', externalId: 'm1' })], null, now, [
    { externalId: 'm1', answeredAt: t('08:40') },
  ]);
  expect(r).toMatchObject({ inserted: 1, autoAnswered: 1 });
});

test('a reply in a thread answers the earlier mentions of that thread (optionally by one author)', () => {
  const db = openDatabase(':memory:');
  const m = (id: string, author: string, at: string) =>
    newMention({ source: 'x', externalId: id, threadId: 'root', author, createdAt: t(at) });
  saveSourceBatch(
    db,
    'x',
    [m('a', 'ann', '08:00'), m('b', 'bob', '08:10'), m('c', 'ann', '08:50')],
    null,
    now,
  );
  saveSourceBatch(db, 'x', [], null, now, [{ threadId: 'root', toAuthor: 'ANN', answeredAt: t('08:30') }]);
  expect([1, 2, 3].map((id) => getMention(db, id)?.status)).toEqual(['answered', 'open', 'open']);
  saveSourceBatch(db, 'x', [], null, now, [{ threadId: 'root', answeredAt: t('08:40') }]);
  expect([1, 2, 3].map((id) => getMention(db, id)?.status)).toEqual(['answered', 'answered', 'open']);
  expect(getMention(db, 1)?.answeredAt).toEqual(t('08:30'));
});

test('the brand reply text is kept once, linked to the mention it answers', () => {
  const db = openDatabase(':memory:');
  saveSourceBatch(db, 'x', [newMention({ source: 'x', externalId: 'm1' })], null, now);
  const reply = { id: 'r1', text: 'Sorry! Please DM us your order number.' };
  saveSourceBatch(db, 'x', [], null, now, [{ externalId: 'm1', answeredAt: t('08:40'), reply }]);
  saveSourceBatch(db, 'x', [], null, now, [{ externalId: 'm1', answeredAt: t('08:40'), reply }]);
  expect(db.prepare('SELECT mention_id, text FROM brand_replies').all()).toEqual([
    { mention_id: 1, text: reply.text },
  ]);
});
