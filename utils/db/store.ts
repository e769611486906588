/**
 * One way to read and write a store: every record is checked against its
 * schema on the way in (a bad one throws before anything is written) and on
 * the way out (a record damaged on disk, or written by a newer version, is
 * left out rather than crashing the page that reads it).
 */
import type { IDBPTransaction, StoreKey, StoreNames, StoreValue } from 'idb';
import type * as z from 'zod/mini';
import { openDatabase, type UrgentActionsDB } from './database';

type Name = StoreNames<UrgentActionsDB>;
type Key<N extends Name> = StoreKey<UrgentActionsDB, N>;
type Value<N extends Name> = StoreValue<UrgentActionsDB, N>;

/** The records a schema accepts, skipping the others. */
export function validRecords<T>(schema: z.ZodMiniType<T>, rows: readonly unknown[]): T[] {
  return rows.flatMap((row) => schema.safeParse(row).data ?? []);
}

export interface RecordStore<N extends Name> {
  get(key: Key<N>): Promise<Value<N> | undefined>;
  all(): Promise<Value<N>[]>;
  /** `key` for stores without a key path (profile, settings). */
  put(value: Value<N>, key?: Key<N>): Promise<Value<N>>;
  delete(key: Key<N>): Promise<void>;
  /** Reads and writes in one transaction, so that no other write slips between. */
  update(key: Key<N>, change: (stored: Value<N> | undefined) => Value<N> | undefined): Promise<Value<N> | undefined>;
}

export function recordStore<N extends Name>(name: N, schema: z.ZodMiniType<Value<N>>): RecordStore<N> {
  return {
    async get(key) {
      return schema.safeParse(await (await openDatabase()).get(name, key)).data;
    },
    async all() {
      return validRecords(schema, await (await openDatabase()).getAll(name));
    },
    async put(value, key) {
      const valid = schema.parse(value);
      await (await openDatabase()).put(name, valid, key);
      return valid;
    },
    async delete(key) {
      await (await openDatabase()).delete(name, key);
    },
    async update(key, change) {
      const db = await openDatabase();
      const tx: IDBPTransaction<UrgentActionsDB, [N], 'readwrite'> = db.transaction(name, 'readwrite');
      const stored = schema.safeParse(await tx.store.get(key)).data;
      const next = change(stored);
      // The store's key path already names the key; out-of-line stores take it.
      const inline = tx.store.keyPath !== null;
      if (next !== undefined) await tx.store.put(schema.parse(next), inline ? undefined : key);
      await tx.done;
      return next;
    },
  };
}
