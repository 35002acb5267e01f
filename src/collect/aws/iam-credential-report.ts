import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam'
import type { CallResult, CollectContext } from '../collector.js'

/**
 * One row of the IAM credential report, keyed by the CSV header (user, arn, password_enabled, ...). Values are
 * kept as the report writes them ('N/A', 'no_information', 'not_supported', ISO dates); normalizers interpret them.
 * Columns: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */
export type CredentialReportRow = Record<string, string>

/** The user name AWS gives the root user's row in the credential report. */
export const ROOT_ROW_USER = '<root_account>'

/** Columns without which a report cannot be matched to users. */
const REQUIRED_COLUMNS = ['user', 'arn']

/** Bounded wait for GenerateCredentialReport to reach COMPLETE: delays between polls, in ms (~60 s in all). */
const POLL_DELAYS_MS = [500, 1_000, 2_000, 4_000, 4_000, 8_000, 8_000, 8_000, 8_000, 8_000, 8_000]

/**
 * Splits CSV text into records of fields (RFC 4180: quoted fields may hold commas, quotes doubled, CRLF or LF).
 * IAM user names may contain commas, so a plain split(',') is not enough.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  const endField = (): void => {
    record.push(field)
    field = ''
  }
  const endRecord = (): void => {
    endField()
    records.push(record)
    record = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c !== '"') field += c
      else if (text[i + 1] === '"') field += text[++i]
      else quoted = false
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\r' && text[i + 1] === '\n') continue
    else if (c === '\n' || c === '\r') endRecord()
    else field += c
  }
  if (quoted) throw new Error('unterminated quoted field')
  if (field !== '' || record.length > 0) endRecord()
  // Blank lines (a trailing newline, say) carry no row.
  return records.filter((r) => !(r.length === 1 && r[0] === ''))
}

/** Parses the credential report CSV into rows keyed by its header; throws when the header is not a report's. */
export function parseCredentialReport(text: string): CredentialReportRow[] {
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ''))
  if (!header) throw new Error('credential report is empty')
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c))
  if (missing.length > 0) throw new Error(`credential report lacks column(s) ${missing.join(', ')}`)
  return body.map((fields, n) => {
    if (fields.length !== header.length) throw new Error(`credential report row ${n + 2} has ${fields.length} fields, header has ${header.length}`)
    return Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']))
  })
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Asks IAM to generate the credential report and polls until it is COMPLETE (bounded wait), then downloads and
 * parses it. Failures are recorded by ctx and returned as values; the report is only ever an attribute source.
 */
export async function fetchCredentialReport(
  ctx: CollectContext,
  iam: IAMClient,
  delays: readonly number[] = POLL_DELAYS_MS,
): Promise<CallResult<CredentialReportRow[] | null>> {
  for (let attempt = 0; ; attempt++) {
    const gen = await ctx.call(
      'GenerateCredentialReport',
      async (abortSignal) => (await iam.send(new GenerateCredentialReportCommand({}), { abortSignal })).State,
    )
    if (!gen.ok) return gen
    if (gen.value === 'COMPLETE') break
    const delay = delays[attempt]
    if (delay === undefined) {
      const waited = delays.reduce((a, b) => a + b, 0) / 1000
      const reason = `credential report still ${gen.value ?? 'not ready'} after ${waited} s`
      ctx.recordError({ api: 'GenerateCredentialReport', reason, resourceTypes: [] })
      return { ok: false, reason, code: 'ReportInProgress' }
    }
    await sleep(delay)
  }
  return ctx.call('GetCredentialReport', async (abortSignal) => {
    const out = await iam.send(new GetCredentialReportCommand({}), { abortSignal })
    // The API documents Content as Base64; SDK v3 has already decoded it to bytes.
    return parseCredentialReport(new TextDecoder('utf-8').decode(out.Content ?? new Uint8Array()))
  })
}
