/** Crisis banners for people: one line per brand whose complaints spike right now. */
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';

/** `Acme: complaint spike: 14 in the last hour (usual 2) — post a status update; most said: …`. */
export async function spikeBanners(db: Db, config: Config, now: Date): Promise<string[]> {
  const { detectSpikes, spikeBanner } = await import('../crisis/spikes.js');
  return detectSpikes(db, config, now).map((s) => `${s.brand}: ${spikeBanner(s)}`);
}
