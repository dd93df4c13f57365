/** Creates configured Source instances, loading only the source modules the config uses. */
import { ConfigError } from '../errors.js';
import { findSourceType } from './index.js';
import type { BrandConfig, SourceOptions } from './registry-types.js';
import { SourceError, type Source } from './source.js';

/**
 * One Source per configured entry, in config order. A source that refuses its settings is a config
 * problem (exit 2) named with the config file, found before anything is fetched.
 */
export async function buildSources(
  options: SourceOptions[],
  brands: BrandConfig[],
  configFile: string,
): Promise<Source[]> {
  return Promise.all(
    options.map(async (o) => {
      const type = findSourceType(o.type);
      if (!type) throw new Error(`unknown source type "${o.type}"`);
      const mod = await type.load();
      try {
        return mod.create(o, brands);
      } catch (err) {
        if (!(err instanceof SourceError)) throw err;
        throw new ConfigError(`${configFile}: source ${err.message}`, { cause: err });
      }
    }),
  );
}
