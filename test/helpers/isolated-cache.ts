/** Tests never touch the user's own cache: each test file gets its own XDG_CACHE_HOME, removed after. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentions-xdg-cache-'));
process.env.XDG_CACHE_HOME = dir;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
