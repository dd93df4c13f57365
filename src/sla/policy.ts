/** Which SLA applies to a mention: the source's own, else the brand's, else the global one. */
import type { Config } from '../config/schema.js';
import type { MentionSla, SlaFor } from '../output/fields.js';

/** Builds a resolver once per command; it is called for every mention printed. */
export function slaResolver(config: Pick<Config, 'sla' | 'brands' | 'sources'>): SlaFor {
  const cache = new Map<string, MentionSla>();
  return (m) => {
    const key = `${m.source}\u0000${m.brand ?? ''}`;
    let sla = cache.get(key);
    if (!sla) {
      const brand = config.brands.find((b) => b.name === m.brand)?.sla;
      const source = config.sources.find((s) => s.name === m.source)?.sla;
      sla = {
        firstResponseSeconds:
          source?.firstResponseSeconds ?? brand?.firstResponseSeconds ?? config.sla.firstResponseSeconds,
        maxSeconds: source?.maxSeconds ?? brand?.maxSeconds ?? config.sla.maxSeconds,
        ...(config.sla.businessHours ? { businessHours: config.sla.businessHours } : {}),
      };
      cache.set(key, sla);
    }
    return sla;
  };
}
