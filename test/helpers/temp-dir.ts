/** Temporary directories for a test file, removed when the file's tests are done. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory under the system temp dir, named `mentions-<label>-XXXXXX`. */
export function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mentions-${label}-`));
  made.push(dir);
  return dir;
}
