// The dashboard's result cache: one entry per scope and filter, holding only the newest data
// version, bounded by bytes so no mix of reads and writes can grow the process. An entry keeps
// its sections' rows with the versions of the tables they read, so that after a write the next
// read recomputes only what the write touched.
import { LRUCache } from 'lru-cache';
import type { Dashboard } from './dashboard.inputs';
import type { Row } from './dashboard-sections';

export interface SectionEntry {
  /** The versions of the tables the section reads, joined. */
  version: string;
  computedAt: number;
  rows: Row[];
}

interface Entry {
  version: string;
  /** The business clock when it was computed: a dashboard "until now" ages with it. */
  computedAt: number;
  /** Whether the period ends at a time the client gave (else it ends "now"). */
  fixedEnd: boolean;
  value: Dashboard;
  sections?: Record<string, SectionEntry>;
}

/**
 * How long a dashboard over a period ending "now" is served again without a write: the period end
 * moves with the clock, so without this no such read would ever hit.
 */
export const NOW_FRESH_MS = 30_000;
export const DEFAULT_DASHBOARD_CACHE_MB = 32;

export interface DashboardCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  maxBytes: number;
}

export class DashboardCache {
  private readonly lru: LRUCache<string, Entry>;
  private hits = 0;
  private misses = 0;

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      // The JSON length stands in for the heap the result takes (strings and numbers of the same
      // data); a result larger than the whole budget is simply not kept.
      sizeCalculation: (e) =>
        Math.max(1, 2 * (JSON.stringify(e.value).length + JSON.stringify(e.sections ?? {}).length)),
    });
  }

  /** The cached result if it is of this data version (and, for "until now", fresh enough). */
  get(key: string, version: string, now: number): Dashboard | undefined {
    return this.lookup(key, version, now).hit;
  }

  /**
   * The cached result if it is of this data version (and, for "until now", fresh enough); else
   * the entry of an older version, still fresh enough, whose unchanged sections may be kept.
   */
  lookup(key: string, version: string, now: number): { hit?: Dashboard; stale?: Entry } {
    const e = this.lru.get(key);
    const timely = e && (e.fixedEnd || (now >= e.computedAt && now - e.computedAt < NOW_FRESH_MS));
    if (timely && e.version === version) {
      this.hits++;
      return { hit: e.value };
    }
    this.misses++;
    return { stale: timely ? e : undefined };
  }

  /** Replaces the entry of this scope and filter, unless a request that started later stored a newer version. */
  set(key: string, entry: Entry) {
    const current = this.lru.peek(key);
    if (current && BigInt(current.version) > BigInt(entry.version)) return;
    this.lru.set(key, entry);
  }

  stats(): DashboardCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      entries: this.lru.size,
      bytes: this.lru.calculatedSize,
      maxBytes: this.maxBytes,
    };
  }

  clear() {
    this.lru.clear();
  }
}

let shared = new DashboardCache(DEFAULT_DASHBOARD_CACHE_MB * 1024 * 1024);

/** The process's cache; start-up sizes it from DASHBOARD_CACHE_MB. */
export const dashboardCache = () => shared;

export function configureDashboardCache(megabytes: number) {
  shared = new DashboardCache(Math.round(megabytes * 1024 * 1024));
}
