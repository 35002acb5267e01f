import { existsSync, mkdirSync, statSync } from 'node:fs'
import { homedir, platform } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationResultSet } from 'kysely'
import { PostureError, describeError } from '../core/errors.js'
import type { Database } from './schema.js'
import { migrations, type Dialect } from './migrations/index.js'
import { KyselyStore } from './kysely-store.js'
import type { Store } from './types.js'

/** The default embedded database file: $POSTURE_HOME, else the platform's per-user data directory. */
export function defaultDatabasePath(): string {
  if (process.env.POSTURE_HOME) return join(process.env.POSTURE_HOME, 'posture.db')
  const home = homedir()
  const base =
    platform() === 'darwin'
      ? join(home, 'Library', 'Application Support')
      : platform() === 'win32'
        ? (process.env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
        : (process.env.XDG_DATA_HOME ?? join(home, '.local', 'share'))
  return join(base, 'posture', 'posture.db')
}

/** Which database a URL or path names: postgres://… / postgresql://…, else a SQLite file (optionally sqlite:PATH). */
export function parseLocation(url: string | undefined): { dialect: Dialect; location: string } {
  const value = url ?? process.env.POSTURE_DATABASE_URL ?? defaultDatabasePath()
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', location: value }
  return { dialect: 'sqlite', location: value === ':memory:' ? value : resolve(value.replace(/^sqlite:(\/\/)?/i, '')) }
}

/** Password-free form of a location for messages. */
export function redactLocation(location: string): string {
  return location.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}

/** Refuses files that are not SQLite databases, or SQLite databases of another application. */
function assertSqliteFileIsOurs(path: string): void {
  if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return
  let db: SQLite.Database | undefined
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true })
    // kysely_* are the migrator's own bookkeeping tables, created just before the first migration runs: a store that
    // another process is creating right now has only those for a moment.
    const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !t.startsWith('kysely_'))
    if (tables.length === 0) return
    const app = tables.includes('posture_meta')
      ? (db.prepare("select value from posture_meta where key = 'app'").get() as { value?: string } | undefined)?.value
      : undefined
    if (app !== 'posture') {
      throw new PostureError(
        'POSTURE_ERR_FOREIGN_DATABASE',
        `${path} is a SQLite database of another application (tables: ${tables.slice(0, 5).join(', ')}); refusing to touch it`,
        'Point --database (or POSTURE_DATABASE_URL) at a new file or at an existing Posture store.',
      )
    }
  } catch (err) {
    if (err instanceof PostureError) throw err
    throw new PostureError(
      'POSTURE_ERR_FOREIGN_DATABASE',
      `${path} is not a usable SQLite database (${describeError(err)}); refusing to touch it`,
      'Move the file away or point --database at another path. Posture never modifies a file it cannot recognise.',
      { cause: err },
    )
  } finally {
    db?.close()
  }
}

/** Refuses a PostgreSQL schema that holds another application's tables. */
async function assertPostgresIsOurs(db: Kysely<Database>, location: string): Promise<void> {
  // pg_catalog, not information_schema: information_schema.tables lists only tables the connecting role has a
  // privilege on, so another application's tables would be invisible to a role that merely may CREATE here.
  const rows = await sql<{ table_name: string }>`
    select c.relname as table_name from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm', 'f')`.execute(db)
  const tables = rows.rows.map((r) => r.table_name).filter((t) => !t.startsWith('kysely_'))
  if (tables.length > 0 && !tables.includes('posture_meta')) {
    throw new PostureError(
      'POSTURE_ERR_FOREIGN_DATABASE',
      `${redactLocation(location)} already holds tables of another application (${tables.slice(0, 5).join(', ')}); refusing to touch it`,
      'Use a dedicated database or schema for Posture (e.g. CREATE DATABASE posture).',
    )
  }
}

/** Builds the kysely instance for a location. */
function connect(dialect: Dialect, location: string): Kysely<Database> {
  if (dialect === 'postgres') {
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 4, connectionTimeoutMillis: 10_000 }) }),
    })
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true })
  const sqlite = new SQLite(location)
  // WAL keeps readers going during a scan's write transaction; busy_timeout waits out a concurrent writer.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('busy_timeout = 10000')
  sqlite.pragma('synchronous = NORMAL')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}

/**
 * Applies pending migrations. PostgreSQL serializes concurrent migrators with an advisory lock; kysely's SQLite
 * migrator has no cross-process lock, so two processes creating the same new file can race: the loser's transaction
 * rolls back (DDL is transactional in SQLite: "already exists", or "duplicate column" for 0002's added columns) and a
 * retry then finds the migration applied.
 */
async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations(dialect)) } })
  let outcome = await migrator.migrateToLatest()
  for (let attempt = 1; dialect === 'sqlite' && outcome.error && attempt <= 10; attempt++) {
    if (!/already exists|duplicate column|database is locked|SQLITE_BUSY/i.test(describeError(outcome.error))) break
    await new Promise((r) => setTimeout(r, 100 * attempt))
    outcome = await migrator.migrateToLatest()
  }
  return outcome
}

/**
 * Opens (creating if needed) the store at `url` (or POSTURE_DATABASE_URL, or the default file) and applies pending
 * migrations. Unreachable databases, failing migrations and foreign databases fail here, before any scanning.
 */
export async function openStore(url?: string): Promise<Store> {
  const { dialect, location } = parseLocation(url)
  if (dialect === 'sqlite') assertSqliteFileIsOurs(location)
  const db = connect(dialect, location)
  try {
    if (dialect === 'postgres') await assertPostgresIsOurs(db, location)
    const { error, results } = await migrate(db, dialect)
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
      throw new PostureError(
        'POSTURE_ERR_DATABASE',
        `Migration ${failed} failed on ${redactLocation(location)}: ${describeError(error)}`,
        'The database was left as it was before the failing migration; check permissions and disk space.',
        { cause: error },
      )
    }
    return new KyselyStore(db, dialect, redactLocation(location))
  } catch (err) {
    await db.destroy().catch(() => undefined)
    if (err instanceof PostureError) throw err
    throw new PostureError(
      'POSTURE_ERR_DATABASE',
      `Cannot open the store at ${redactLocation(location)}: ${describeError(err)}`,
      dialect === 'postgres'
        ? 'Check that PostgreSQL is running and the URL (host, port, user, password, database) is right.'
        : 'Check the path and its permissions.',
      { cause: err },
    )
  }
}
