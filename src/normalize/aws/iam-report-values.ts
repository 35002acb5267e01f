/**
 * Reading the IAM credential report's values. Columns and their special values are documented at
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
 */
import type { CallResult } from '../../collect/collector.js'
import { ROOT_ROW_USER, type CredentialReportRow } from '../../collect/aws/iam-credential-report.js'
import { unknown, type Maybe } from '../../core/unknown.js'

/**
 * Values meaning "no date recorded" in a date column:
 * - 'N/A': not applicable (no such credential, or a key never used);
 * - 'no_information': never used, or not used since IAM began tracking (2014-10-20) — no recorded use either way;
 * - 'not_supported': the column does not apply (root password columns); moto also writes it where AWS writes 'N/A'.
 */
const NO_DATE = new Set(['n/a', 'no_information', 'not_supported'])

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A date column: ISO string, null when the report records no date, undefined when the value is not recognised. */
export function reportDate(value: string | undefined): string | null | undefined {
  const v = value?.trim() ?? ''
  if (NO_DATE.has(v.toLowerCase())) return null
  if (!ISO_DATE.test(v)) return undefined
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString()
}

/** A boolean column ('true'/'false', any case); undefined for 'not_supported', 'N/A' or anything else. */
export function reportBoolean(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase()
  return v === 'true' ? true : v === 'false' ? false : undefined
}

/** The latest of several ISO dates, or null when none is set. */
export function latest(dates: readonly (string | null)[]): string | null {
  return (
    dates
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  )
}

/** Report rows by ARN; Unknown (with the reason) when the report could not be had. */
export function reportByArn(report: CallResult<CredentialReportRow[] | null>): Maybe<Map<string, CredentialReportRow>> {
  if (!report.ok) return unknown(`iam:GetCredentialReport: ${report.reason}`)
  return new Map((report.value ?? []).map((row) => [row.arn ?? '', row]))
}

const ROOT_USE_COLUMNS = ['password_last_used', 'access_key_1_last_used_date', 'access_key_2_last_used_date']

/**
 * Latest use of the root user's password or access keys, from the `<root_account>` row; null = never used.
 * Unknown when the report is missing, has no root row (emulators such as moto omit it), or a value is unreadable.
 */
export function rootLastUsed(report: CallResult<CredentialReportRow[] | null>): Maybe<string | null> {
  if (!report.ok) return unknown(`iam:GetCredentialReport: ${report.reason}`)
  const row = (report.value ?? []).find((r) => r.user === ROOT_ROW_USER)
  if (!row) return unknown(`iam:GetCredentialReport: the report has no ${ROOT_ROW_USER} row, so root usage cannot be read`)
  const dates: (string | null)[] = []
  for (const column of ROOT_USE_COLUMNS) {
    const date = reportDate(row[column])
    if (date === undefined) return unknown(`iam:GetCredentialReport: unreadable ${column} "${row[column] ?? ''}" in the ${ROOT_ROW_USER} row`)
    dates.push(date)
  }
  return latest(dates)
}
