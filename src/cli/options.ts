import { PostureError } from '../core/errors.js'
import { isSeverity, SEVERITIES, type Severity } from '../core/finding.js'

/** Splits a comma-separated flag value into trimmed, non-empty items. */
export function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Validates a severity flag value. */
export function severityOption(flag: string, value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined
  const v = value.toLowerCase()
  if (!isSeverity(v)) throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${value}"`, `Use one of: ${SEVERITIES.join(', ')}.`)
  return v
}

/** Validates an enumerated flag value. */
export function choiceOption<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (!(choices as readonly string[]).includes(value)) {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid ${flag} "${value}"`, `Use one of: ${choices.join(', ')}.`)
  }
  return value as T
}

/** Validates an endpoint URL (http or https with a host). */
export function endpointOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new PostureError('POSTURE_ERR_USAGE', `Invalid --endpoint "${value}"`, 'Give a full URL such as http://127.0.0.1:5000.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PostureError(
      'POSTURE_ERR_USAGE',
      `Invalid --endpoint "${value}": scheme must be http or https`,
      'Give a full URL such as http://127.0.0.1:5000.',
    )
  }
  return value.replace(/\/+$/, '')
}
