/** The numbered migrations, in order; `PRAGMA user_version` records how many have run. */
import * as m001 from './001-initial.js';
import * as m002 from './002-social-fields.js';
import * as m003 from './003-replies-alerts.js';
import * as m004 from './004-record-json-index.js';
import * as m005 from './005-crisis-episodes.js';
import * as m006 from './006-source-retry-at.js';

/** One schema step; its index + 1 is the user_version it leads to. */
export interface Migration {
  name: string;
  up: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '001-initial', up: m001.up },
  { name: '002-social-fields', up: m002.up },
  { name: '003-replies-alerts', up: m003.up },
  { name: '004-record-json-index', up: m004.up },
  { name: '005-crisis-episodes', up: m005.up },
  { name: '006-source-retry-at', up: m006.up },
];
