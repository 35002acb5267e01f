import type { Generated } from 'kysely'

/** Table shapes (kysely). JSON columns hold text; times are ISO-8601 text so both dialects sort them alike. */
export interface Database {
  posture_meta: { key: string; value: string }
  scans: {
    seq: Generated<number>
    id: string
    provider: string
    target: string
    accounts: string
    regions: string
    started_at: string
    finished_at: string | null
    status: string
    error: string | null
    stats: string | null
    summary: string | null
    collection_errors: number
    pid: number | null
    host: string | null
    /** JSON CollectionError[] (since 0002). */
    errors: string | null
    /** JSON string[]: the checks the scan ran (since 0002). */
    check_ids: string | null
    /** 'all' when passing results are in finding_history too (since 0002); null for older scans. */
    results: string | null
  }
  resource_versions: { hash: string; uid: string; type: string; body: string }
  resource_history: {
    uid: string
    hash: string
    type: string
    provider: string
    account: string
    region: string
    from_seq: number
    to_seq: number | null
  }
  findings: {
    fingerprint: string
    check_id: string
    resource_uid: string
    resource_type: string
    account: string
    region: string
    severity: string
    state: string
    first_seen_seq: number
    first_seen_at: string
    last_seen_seq: number
    last_seen_at: string
    resolved_seq: number | null
    resolved_at: string | null
    reopen_count: number
    message: string
    muted_by: string | null
  }
  finding_versions: { hash: string; body: string }
  finding_history: {
    fingerprint: string
    check_id: string
    resource_uid: string
    resource_type: string
    account: string
    region: string
    status: string
    muted_by: string | null
    hash: string
    from_seq: number
    to_seq: number | null
  }
  finding_events: {
    id: Generated<number>
    fingerprint: string
    check_id: string
    resource_uid: string
    severity: string
    scan_seq: number
    kind: string
    at: string
  }
  baselines: { name: string; scan_seq: number; set_at: string }
  suppressions: {
    id: string
    checks: string
    account: string | null
    region: string | null
    resources: string | null
    tags: string | null
    reason: string
    owner: string
    expires_at: string | null
    created_at: string
    source: string
    last_matched_at: string | null
    match_count: number
  }
  /** The alert outbox (since 0003): one row per (alert, channel); `payload` is the alert as JSON. */
  alert_outbox: {
    id: Generated<number>
    key: string
    channel: string
    kind: string
    event: string
    fingerprint: string | null
    check_id: string | null
    scan_seq: number | null
    severity: string | null
    payload: string
    status: string
    attempts: number
    next_attempt_at: string
    lease_until: string | null
    last_error: string | null
    created_at: string
    delivered_at: string | null
    ref: string | null
  }
  /** What each channel has been told about each finding (since 0003). */
  alert_subjects: { channel: string; fingerprint: string; check_id: string; state: string; seq: number }
}
