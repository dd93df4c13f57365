/** Creates configured Source instances, loading only the source modules the config uses. */
import { findSourceType } from './index.js';
import type { BrandConfig, SourceOptions } from './registry-types.js';
import type { Source } from './source.js';

/** One Source per configured entry, in config order. */
export async function buildSources(options: SourceOptions[], brands: BrandConfig[]): Promise<Source[]> {
  return Promise.all(
    options.map(async (o) => {
      const type = findSourceType(o.type);
      if (!type) throw new Error(`unknown source type "${o.type}"`);
      const mod = await type.load();
      return mod.create(o, brands);
    }),
  );
}
