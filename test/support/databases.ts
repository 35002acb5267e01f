/**
 * The databases the store test suite runs on, like kysely's loop over dialects: SQLite (a temp file) and PostgreSQL
 * (a new database `posture_t_<random>` per open(), created through POSTURE_TEST_DATABASE_URL and dropped by cleanup()).
 * Without POSTURE_TEST_DATABASE_URL the PostgreSQL target is skipped with a warning, except under CI, where it throws:
 * CI must never pass while silently not testing PostgreSQL.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { openStore } from '../../src/store/open.js'
import type { Store } from '../../src/store/types.js'

/** One database kind the store suite runs on. Every location it hands out is fresh and empty. */
export interface StoreTarget {
  name: 'sqlite' | 'postgres'
  /** A fresh, empty store (migrations applied). */
  open(): Promise<Store>
  /** A fresh, empty database not opened as a store yet: a file path (not created) or a postgres:// URL. */
  create(): Promise<string>
  /** The unredacted location (path or URL) of a store this target opened. */
  locationOf(store: Store): string
  /** Runs one SQL statement on a location over a separate connection (counting rows, planting another app's tables). */
  query<T = Record<string, unknown>>(location: string, text: string): Promise<T[]>
  /** Names of the tables at a location (sorted). */
  tables(location: string): Promise<string[]>
  /** Closes the stores it opened and deletes every file or database it created. */
  cleanup(): Promise<void>
}

/** True when running under CI (the usual CI=true/1; CI=false or empty counts as not CI). */
export function isCi(): boolean {
  const ci = process.env.CI?.trim().toLowerCase()
  return !!ci && ci !== 'false' && ci !== '0'
}

/** Bookkeeping shared by both targets: stores opened, so cleanup() can close them first. */
function opened(): { track(store: Store, location: string): Store; locationOf(store: Store): string; closeAll(): Promise<void> } {
  const stores = new Map<Store, string>()
  return {
    track(store, location) {
      stores.set(store, location)
      return store
    },
    locationOf(store) {
      const location = stores.get(store)
      if (location === undefined) throw new Error(`store ${store.location} was not opened by this target`)
      return location
    },
    async closeAll() {
      // A test may have closed its store already; closing twice is not an error worth failing cleanup for.
      for (const s of stores.keys()) await s.close().catch(() => undefined)
      stores.clear()
    },
  }
}

/** SQLite: each location is a new file in a per-target temp directory. */
export function sqliteTarget(): StoreTarget {
  // Made on first use: a suite whose tests are all filtered out (vitest -t) never runs its cleanup hook.
  let dir: string | undefined
  const book = opened()
  let n = 0
  const target: StoreTarget = {
    name: 'sqlite',
    create() {
      dir ??= mkdtempSync(join(tmpdir(), 'posture-store-'))
      return Promise.resolve(join(dir, `store-${++n}.db`))
    },
    async open() {
      const path = await target.create()
      return book.track(await openStore(path), path)
    },
    locationOf: (store) => book.locationOf(store),
    query<T>(location: string, text: string): Promise<T[]> {
      const db = new SQLite(location)
      try {
        const stmt = db.prepare(text)
        return Promise.resolve(stmt.reader ? (stmt.all() as T[]) : (stmt.run(), []))
      } finally {
        db.close()
      }
    },
    async tables(location) {
      const rows = await target.query<{ name: string }>(location, "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      return rows.map((r) => r.name).sort()
    },
    async cleanup() {
      await book.closeAll()
      if (dir) rmSync(dir, { recursive: true, force: true })
      dir = undefined
    },
  }
  return target
}

/** Runs one statement on a PostgreSQL URL with a short-lived client. */
async function pgQuery<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return (await client.query(text)).rows as T[]
  } finally {
    await client.end()
  }
}

/** PostgreSQL: each location is a new database on the server of `adminUrl` (whose role may CREATE DATABASE). */
export function postgresTarget(adminUrl: string): StoreTarget {
  const created: string[] = []
  const book = opened()
  const target: StoreTarget = {
    name: 'postgres',
    async create() {
      // Random hex only, so the name needs no quoting and cannot collide with a parallel run.
      const name = `posture_t_${randomBytes(6).toString('hex')}`
      await pgQuery(adminUrl, `create database ${name}`)
      created.push(name)
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      return url.toString()
    },
    async open() {
      const url = await target.create()
      return book.track(await openStore(url), url)
    },
    locationOf: (store) => book.locationOf(store),
    query: pgQuery,
    async tables(location) {
      const rows = await pgQuery<{ name: string }>(location, "select tablename as name from pg_tables where schemaname = 'public'")
      return rows.map((r) => r.name).sort()
    },
    async cleanup() {
      await book.closeAll()
      // WITH (FORCE) (PostgreSQL 13+) also ends connections a failed test left open.
      for (const name of created.splice(0)) await pgQuery(adminUrl, `drop database if exists ${name} with (force)`)
    },
  }
  return target
}

/**
 * The targets the store suite runs on: SQLite always, PostgreSQL when POSTURE_TEST_DATABASE_URL is set. Unset under CI
 * is an error; unset locally skips PostgreSQL with a visible warning.
 */
export function storeTargets(): StoreTarget[] {
  const url = process.env.POSTURE_TEST_DATABASE_URL
  if (url) return [sqliteTarget(), postgresTarget(url)]
  if (isCi()) {
    throw new Error('POSTURE_TEST_DATABASE_URL is not set under CI: the store tests must run on PostgreSQL too (see .ci/start-postgres.sh)')
  }
  console.warn(
    '\n⚠  POSTURE_TEST_DATABASE_URL is not set: the store tests run on SQLite only, PostgreSQL is SKIPPED.\n' +
      '   e.g. POSTURE_TEST_DATABASE_URL=postgres://posture:posture@127.0.0.1:5432/posture_test (see README, Development)\n',
  )
  return [sqliteTarget()]
}
