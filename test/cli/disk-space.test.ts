import { diskCheck, formatBytes, LOW_DISK_BYTES } from '../../src/cli/disk-space.js';
import { tempDir } from '../helpers/temp-dir.js';
import path from 'node:path';

const sizes: [number, string][] = [
  [0, '0 bytes'],
  [1023, '1023 bytes'],
  [2048, '2 KiB'],
  [87 * 1024 * 1024 + 5, '87 MiB'],
  [53.44 * 1024 ** 3, '53.4 GiB'],
  [3 * 1024 ** 4, '3.0 TiB'],
];
test.each(sizes)('formatBytes(%d) is %s', (bytes, shown) => {
  expect(formatBytes(bytes)).toBe(shown);
});

test('the real file system of a temporary directory has room (statfs as Node reads it)', () => {
  const dir = tempDir('disk');
  const check = diskCheck(path.join(dir, 'm.db'));
  expect(check?.ok).toBe(true);
  expect(check?.detail).toContain(`free in ${dir}`);
});

test('a nearly full disk fails the check and says what to do', () => {
  // What statfs reports on a file system with 1,000 free 4 KiB blocks.
  const check = diskCheck('/var/lib/mentions/m.db', () => ({ bavail: 1000, bsize: 4096 }));
  expect(check).toEqual({
    ok: false,
    detail:
      '3 MiB free in /var/lib/mentions, under 64 MiB: scans may fail to save mentions; free some space or move the database',
  });
  expect(diskCheck('/x/m.db', () => ({ bavail: LOW_DISK_BYTES / 4096, bsize: 4096 }))?.ok).toBe(true);
});

test('a directory that cannot be read gives no check (the database check names it)', () => {
  expect(diskCheck(path.join(tempDir('disk'), 'missing', 'm.db'))).toBeUndefined();
});
