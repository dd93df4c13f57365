/** Creating a directory and its missing parents without Node's recursive mkdir. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Creates `dir` and its missing parents, one level at a time. Node's `mkdirSync(…, { recursive: true })`
 * never returns where a file system refuses every new directory with ENOENT (/proc, /sys), so a database
 * path there would hang the command instead of failing with the error.
 */
export function makeDirs(dir: string, mode?: number): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !fs.existsSync(d); d = path.dirname(d)) {
    missing.push(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d, { mode });
    } catch (err) {
      // Made meanwhile by another process (two scans starting at once): as good as made here.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
