/** Free space where the database lives, for `doctor`: on a full disk SQLite fails every write. */
import fs from 'node:fs';
import path from 'node:path';

/** Below this, a scan may fail to save what it found: the WAL grows by its writes before a checkpoint. */
export const LOW_DISK_BYTES = 64 * 1024 * 1024;

/** How a file system's free space is read: `fs.statfsSync`'s shape. */
export type StatFs = (dir: string) => Pick<fs.StatsFs, 'bavail' | 'bsize'>;

/** Bytes as people read them: "512 KiB", "87 MiB", "53.4 GiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit >= 3 ? value.toFixed(1) : Math.floor(value)} ${units[unit]}`;
}

/**
 * The space left to this user on the file system holding `file` (its directory), as a doctor check; a
 * directory that cannot be read gives none, since the database check already names that.
 */
export function diskCheck(
  file: string,
  statfs: StatFs = fs.statfsSync,
): { ok: boolean; detail: string } | undefined {
  const dir = path.dirname(path.resolve(file));
  let free: number;
  try {
    const stats = statfs(dir);
    free = stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
  const detail = `${formatBytes(free)} free in ${dir}`;
  if (free >= LOW_DISK_BYTES) return { ok: true, detail };
  return {
    ok: false,
    detail: `${detail}, under ${formatBytes(LOW_DISK_BYTES)}: scans may fail to save mentions; free some space or move the database`,
  };
}
