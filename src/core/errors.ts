/**
 * Coded errors for misconfiguration and environment problems (expected failures of cloud calls are values,
 * not exceptions). The CLI prints `message` plus `hint` on one line each and exits with `exitCode`.
 */

/** Documented exit codes: 0 done, 1 failures at or above --fail-on, 2 usage/config error, 3 scan could not run. */
export const EXIT = { OK: 0, FINDINGS: 1, USAGE: 2, CANNOT_RUN: 3 } as const

/** Error codes, stable for scripts and docs. */
export type ErrorCode =
  | 'POSTURE_ERR_USAGE'
  | 'POSTURE_ERR_CONFIG'
  | 'POSTURE_ERR_INVALID_REGION'
  | 'POSTURE_ERR_PROFILE'
  | 'POSTURE_ERR_NO_CREDENTIALS'
  | 'POSTURE_ERR_ENDPOINT_UNREACHABLE'
  | 'POSTURE_ERR_ASSUME_ROLE'
  | 'POSTURE_ERR_SCAN_FAILED'
  | 'POSTURE_ERR_OUTPUT'
  | 'POSTURE_ERR_DATABASE'
  | 'POSTURE_ERR_FOREIGN_DATABASE'

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  POSTURE_ERR_USAGE: EXIT.USAGE,
  POSTURE_ERR_CONFIG: EXIT.USAGE,
  POSTURE_ERR_INVALID_REGION: EXIT.USAGE,
  POSTURE_ERR_PROFILE: EXIT.USAGE,
  POSTURE_ERR_OUTPUT: EXIT.USAGE,
  POSTURE_ERR_FOREIGN_DATABASE: EXIT.USAGE,
  POSTURE_ERR_DATABASE: EXIT.CANNOT_RUN,
  POSTURE_ERR_NO_CREDENTIALS: EXIT.CANNOT_RUN,
  POSTURE_ERR_ENDPOINT_UNREACHABLE: EXIT.CANNOT_RUN,
  POSTURE_ERR_ASSUME_ROLE: EXIT.CANNOT_RUN,
  POSTURE_ERR_SCAN_FAILED: EXIT.CANNOT_RUN,
}

/** An error the user can act on: what is wrong, and a hint saying what to do. */
export class PostureError extends Error {
  override readonly name = 'PostureError'
  readonly exitCode: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.exitCode = EXIT_BY_CODE[code]
  }
}

/** Short, single-line text of any thrown value. */
export function describeError(err: unknown): string {
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  if (err instanceof Error && status && /parse error|unexpected token|deserializ|not valid json/i.test(err.message)) {
    // The SDK could not parse an error page (e.g. an HTML 500): the endpoint likely does not implement the operation.
    return `HTTP ${status} with an unparsable (non-AWS) error body: the endpoint may not implement this operation`
  }
  if (err instanceof Error) {
    // Azure SDK RestError and Google API (gaxios) errors carry the service's own code; show it instead of the class.
    const rest = err as { name: string; code?: unknown; response?: { data?: { error?: { status?: string; message?: string } } } }
    const google = rest.response?.data?.error
    if (google && typeof google === 'object' && google.status) return `${google.status}: ${(google.message ?? err.message).split('\n')[0]}`
    if (rest.name === 'RestError' && typeof rest.code === 'string' && rest.code) {
      // Paged lists of the newer @azure/arm-* clients drop the service's message and keep only its code and status.
      const paging = /^Pagination failed with unexpected statusCode (\d+)/.exec(err.message)
      if (paging) return `${rest.code} (HTTP ${paging[1]})`
      const msg = err.message.split('\n')[0] ?? ''
      return msg.startsWith(rest.code) ? msg : `${rest.code}: ${msg}`
    }
    const code = (err as { Code?: string; code?: string }).Code ?? (err as { code?: string }).code
    const name = err.name && err.name !== 'Error' ? err.name : code
    const msg = err.message.split('\n')[0] ?? ''
    return name && !msg.startsWith(name) ? `${name}: ${msg}` : msg || String(name)
  }
  return String(err)
}
