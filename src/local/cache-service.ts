/** The emulated CacheService: script, document and per-user string caches that expire and evict on the virtual clock. */
import type { LocalEnv } from './env';

export interface CacheServiceOptions {
  /** The account running the code: getUserCache() is per user. */
  readonly currentUser: () => string;
  /** getDocumentCache() is null outside a container-bound script; defaults to true. */
  readonly containerBound?: boolean;
}

/**
 * Limits from https://developers.google.com/apps-script/reference/cache/cache: keys up to 250
 * characters, values up to 100 KB, at most 1,000 items, 600 s by default and 21,600 s at most.
 */
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ITEMS = 1000;
const DEFAULT_EXPIRATION_S = 600;
const MAX_EXPIRATION_S = 21600;
/** Measured, not documented: a full cache drops about its oldest 10 % at once, by creation time. */
const EVICTED_WHEN_FULL = 100;

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * The messages follow those scripts report from live Apps Script ("Argument too large: value");
 * the reference gives the limits, not the wording. A longer expiration throws rather than being
 * shortened (stricter: unverified).
 */
function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  if (key.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
  return key;
}

function checkExpiration(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error('Invalid argument: expirationInSeconds');
  if (seconds > MAX_EXPIRATION_S) throw new Error('Argument too large: expirationInSeconds');
  return seconds;
}

/** https://developers.google.com/apps-script/reference/cache/cache */
export class LocalCache implements GoogleAppsScript.Cache.Cache {
  constructor(private readonly env: LocalEnv, private readonly store: Map<string, Entry>) {}

  get(key: string): string | null {
    this.env.call('Cache.get');
    return this.#read(checkKey(key));
  }

  getAll(keys: string[]): { [key: string]: string } {
    this.env.call('Cache.getAll');
    const found: { [key: string]: string } = {};
    for (const key of keys.map(checkKey)) {
      const value = this.#read(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  /**
   * Values are strings: an object is stored as "[object Object]", as in Apps Script. put and remove
   * return null, not undefined (gas-fakes test/teststores.js "cache store", run on live Apps Script);
   * putAll and removeAll are believed to do the same.
   */
  put(key: string, value: string, expirationInSeconds = DEFAULT_EXPIRATION_S): null {
    this.env.call('Cache.put');
    this.#write([[key, value]], expirationInSeconds);
    return null;
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds = DEFAULT_EXPIRATION_S): null {
    this.env.call('Cache.putAll');
    this.#write(Object.entries(values), expirationInSeconds);
    return null;
  }

  remove(key: string): null {
    this.env.call('Cache.remove');
    this.store.delete(checkKey(key));
    return null;
  }

  removeAll(keys: string[]): null {
    this.env.call('Cache.removeAll');
    for (const key of keys.map(checkKey)) this.store.delete(key);
    return null;
  }

  /** Reading does not renew an item's age. */
  #read(key: string): string | null {
    const entry = this.store.get(key);
    if (!entry) return null;
    if (this.env.now() >= entry.expiresAt) {
      this.store.delete(key);
      return null;
    }
    return entry.value;
  }

  #write(entries: readonly (readonly [string, unknown])[], expirationInSeconds: number): void {
    const expiresAt = this.env.now() + checkExpiration(expirationInSeconds) * 1000;
    const checked = entries.map(([key, value]) => {
      const text = String(value);
      if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      return [checkKey(key), text] as const;
    });
    for (const [key, value] of checked) {
      for (const [k, entry] of this.store) if (this.env.now() >= entry.expiresAt) this.store.delete(k);
      this.store.delete(key);
      if (this.store.size >= MAX_ITEMS) {
        for (const oldest of [...this.store.keys()].slice(0, EVICTED_WHEN_FULL)) this.store.delete(oldest);
      }
      this.store.set(key, { value, expiresAt });
    }
  }
}

/** https://developers.google.com/apps-script/reference/cache/cache-service */
export function createCacheService(env: LocalEnv, options: CacheServiceOptions) {
  const script = new Map<string, Entry>();
  const document = new Map<string, Entry>();
  const users = new Map<string, Map<string, Entry>>();

  return {
    /** Shared by every user of the script. */
    getScriptCache(): LocalCache {
      env.call('CacheService.getScriptCache');
      return new LocalCache(env, script);
    },
    getDocumentCache(): LocalCache | null {
      env.call('CacheService.getDocumentCache');
      return options.containerBound === false ? null : new LocalCache(env, document);
    },
    getUserCache(): LocalCache {
      env.call('CacheService.getUserCache');
      const user = options.currentUser();
      let store = users.get(user);
      if (!store) users.set(user, (store = new Map()));
      return new LocalCache(env, store);
    },
  };
}

export type LocalCacheService = ReturnType<typeof createCacheService>;
