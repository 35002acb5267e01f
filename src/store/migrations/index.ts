import { sql, type Kysely, type Migration } from 'kysely'

/** Dialect-specific column types the migrations need. */
export type Dialect = 'sqlite' | 'postgres'

/** 0001: every table of the first release. Keys and indexes follow the queries in kysely-store.ts. */
function initial(dialect: Dialect): Migration {
  return {
    // kysely wraps PostgreSQL migrations in a transaction but not SQLite ones; without our own, another process could
    // see a half-created schema, and a crash mid-way would leave one behind.
    up: (db: Kysely<unknown>) => (dialect === 'sqlite' ? db.transaction().execute((trx) => createAll(trx, dialect)) : createAll(db, dialect)),
  }
}

/** Creates every table and index of the first release, and marks the database as Posture's. */
async function createAll(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('posture_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
  let scans = db.schema.createTable('scans')
  scans =
    dialect === 'postgres'
      ? scans.addColumn('seq', 'serial', (c) => c.primaryKey())
      : scans.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
  await scans
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('accounts', 'text', (c) => c.notNull())
    .addColumn('regions', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('stats', 'text')
    .addColumn('summary', 'text')
    .addColumn('collection_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('pid', 'integer')
    .addColumn('host', 'text')
    .execute()
  await db.schema.createIndex('scans_started').on('scans').column('started_at').execute()
  await db.schema
    .createTable('resource_versions')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('resource_history')
    .addColumn('uid', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('from_seq', 'integer', (c) => c.notNull())
    .addColumn('to_seq', 'integer')
    .addPrimaryKeyConstraint('resource_history_pk', ['uid', 'from_seq'])
    .execute()
  await db.schema.createIndex('resource_history_open').on('resource_history').columns(['to_seq', 'account', 'region']).execute()
  await db.schema.createIndex('resource_history_from').on('resource_history').column('from_seq').execute()
  await db.schema
    .createTable('findings')
    .addColumn('fingerprint', 'text', (c) => c.primaryKey())
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('resource_uid', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('first_seen_seq', 'integer', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_seq', 'integer', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('resolved_seq', 'integer')
    .addColumn('resolved_at', 'text')
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('muted_by', 'text')
    .execute()
  await db.schema.createIndex('findings_state').on('findings').columns(['state', 'severity']).execute()
  await db.schema.createIndex('findings_resource').on('findings').column('resource_uid').execute()
  // Non-passing findings as intervals, like resources: a finding unchanged since the last scan costs nothing.
  await db.schema
    .createTable('finding_versions')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('finding_history')
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('resource_uid', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('muted_by', 'text')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('from_seq', 'integer', (c) => c.notNull())
    .addColumn('to_seq', 'integer')
    .addPrimaryKeyConstraint('finding_history_pk', ['fingerprint', 'from_seq'])
    .execute()
  await db.schema.createIndex('finding_history_open').on('finding_history').columns(['to_seq', 'account']).execute()
  await db.schema.createIndex('finding_history_from').on('finding_history').column('from_seq').execute()
  let events = db.schema.createTable('finding_events')
  events =
    dialect === 'postgres'
      ? events.addColumn('id', 'serial', (c) => c.primaryKey())
      : events.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  await events
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('resource_uid', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('scan_seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('finding_events_scan').on('finding_events').column('scan_seq').execute()
  await db.schema
    .createTable('baselines')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('scan_seq', 'integer', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('suppressions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checks', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('region', 'text')
    .addColumn('resources', 'text')
    .addColumn('tags', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('last_matched_at', 'text')
    .addColumn('match_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`insert into posture_meta (key, value) values ('app', 'posture')`.execute(db)
}

/**
 * 0002: what a stored scan needs to be reported again in full (`posture report --scan`, `posture compliance --scan`):
 * the collection errors, the checks it ran, and whether its passing results are kept in finding_history ('all') or
 * only its failures and errors (scans recorded before this migration: null).
 */
function scanResults(dialect: Dialect): Migration {
  const add = async (db: Kysely<unknown>) => {
    for (const column of ['errors', 'check_ids', 'results']) await db.schema.alterTable('scans').addColumn(column, 'text').execute()
  }
  return { up: (db: Kysely<unknown>) => (dialect === 'sqlite' ? db.transaction().execute(add) : add(db)) }
}

/**
 * 0003: the alert outbox (one row per alert and channel, delivered at least once and, thanks to the unique key, queued
 * only once) and what each channel has been told about each finding (so a resolved notice goes where the finding was).
 */
function alerts(dialect: Dialect): Migration {
  const create = async (db: Kysely<unknown>) => {
    await createOutbox(db, dialect)
    await db.schema
      .createTable('alert_subjects')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('check_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      // Fingerprint first: finishScan looks subjects up by the fingerprints of a scan's events, whatever the channel.
      .addPrimaryKeyConstraint('alert_subjects_pk', ['fingerprint', 'channel'])
      .execute()
    // openByCheck counts open subjects per channel for the checks of a scan's events (per-check Jira issues): the
    // check id leads for the same reason.
    await db.schema.createIndex('alert_subjects_check').on('alert_subjects').columns(['check_id', 'state', 'channel']).execute()
  }
  return { up: (db: Kysely<unknown>) => (dialect === 'sqlite' ? db.transaction().execute(create) : create(db)) }
}

/** Creates alert_outbox and the indexes of its three queries: due entries, deliveries per channel, newest first. */
async function createOutbox(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  let outbox = db.schema.createTable('alert_outbox')
  outbox =
    dialect === 'postgres'
      ? outbox.addColumn('id', 'serial', (c) => c.primaryKey())
      : outbox.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
  await outbox
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text')
    .addColumn('check_id', 'text')
    .addColumn('scan_seq', 'integer')
    .addColumn('severity', 'text')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addColumn('ref', 'text')
    .execute()
  await db.schema.createIndex('alert_outbox_due').on('alert_outbox').columns(['status', 'next_attempt_at']).execute()
  await db.schema.createIndex('alert_outbox_delivered').on('alert_outbox').columns(['channel', 'delivered_at']).execute()
  await db.schema.createIndex('alert_outbox_created').on('alert_outbox').column('created_at').execute()
}

/** Migrations by name, applied in name order by kysely's Migrator (PostgreSQL: under an advisory lock; SQLite: see open.ts). */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return { '0001-initial': initial(dialect), '0002-scan-results': scanResults(dialect), '0003-alerts': alerts(dialect) }
}
