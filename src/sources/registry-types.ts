/** What the registry knows about a source type without loading its module (keeps start-up fast). */
import type { Source } from './source.js';

/** One option a source type accepts in the config, described once for validation, `sources` and docs. */
export interface FieldSpec {
  kind: 'string' | 'url' | 'number' | 'boolean' | 'string[]';
  required?: boolean;
  /** `url` kind: also accept a local file path (offline feeds, tests). */
  allowFile?: boolean;
  /** Marks a credential: never printed, logged or stored. */
  secret?: boolean;
  /** `number` kind: the smallest value allowed (default 0), and whether it must be whole. */
  min?: number;
  integer?: boolean;
  /** `string` kind: the form the value must have, said in words, and where to find the right one. */
  pattern?: { regex: RegExp; expected: string; hint: string };
  description: string;
}

/** Validated options for one configured source: the common fields plus the type's own fields. */
export interface SourceOptions {
  type: string;
  name: string;
  brand?: string;
  /** This source's own SLA targets (seconds), overriding the brand's and the global ones. */
  sla?: { firstResponseSeconds?: number; maxSeconds?: number };
  [field: string]: unknown;
}

/** A brand as the config defines it (after validation). */
export interface BrandConfig {
  name: string;
  keywords: string[];
  exclude: string[];
  handles: Record<string, string>;
  /** This brand's own SLA targets (seconds), overriding the global ones. */
  sla?: { firstResponseSeconds?: number; maxSeconds?: number };
}

/** A registry entry: metadata inline, implementation loaded lazily. */
export interface SourceType {
  type: string;
  description: string;
  /** Credentials and where to get them (human text for `mentions sources` and the README). */
  credentials: string;
  detects: { answers: boolean; ratings: boolean };
  /** Options beyond the common `type`, `name`, `brand`. */
  fields: Record<string, FieldSpec>;
  /** Options of which at least one must be set, and the message saying so. */
  oneOf?: { fields: string[]; message: string };
  load(): Promise<{ create(options: SourceOptions, brands: BrandConfig[]): Source }>;
}
