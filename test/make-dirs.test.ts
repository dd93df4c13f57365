import fs from 'node:fs';
import path from 'node:path';
import { makeDirs } from '../src/make-dirs.js';
import { openDatabase } from '../src/store/db.js';
import { tempDir } from './helpers/temp-dir.js';

test('makes a directory and its missing parents, and accepts one that exists', () => {
  const root = tempDir('dirs');
  const deep = path.join(root, 'a', 'b', 'c');
  makeDirs(deep, 0o700);
  expect(fs.statSync(deep).isDirectory()).toBe(true);
  expect(fs.statSync(path.join(root, 'a')).mode & 0o777).toBe(0o700);
  expect(() => makeDirs(deep)).not.toThrow();
});

test('a path under a file fails with the error, not silently', () => {
  const file = path.join(tempDir('dirs'), 'f');
  fs.writeFileSync(file, '');
  expect(() => makeDirs(path.join(file, 'sub'))).toThrow(/ENOTDIR/);
});

test('a file system that refuses new directories (/proc) fails at once; recursive mkdir never returns there', () => {
  expect(() => makeDirs('/proc/mentions-test/db')).toThrow(/ENOENT/);
});

test('a database whose directory cannot be made names the file, the directory and what to check', () => {
  expect(() => openDatabase('/proc/mentions-test/m.db')).toThrow(
    'database /proc/mentions-test/m.db: cannot create its directory /proc/mentions-test (ENOENT); check the database path and permissions',
  );
});
