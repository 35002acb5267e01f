import { known, type Maybe } from '../../core/unknown.js'
import type { ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { SecretHit } from '../../normalize/secrets.js'

/**
 * Verdict for "no secrets in configuration": FAIL naming each location and kind (never the value), PASS when
 * none were found, ERROR when the configuration was not collected. `what` names where was searched, e.g.
 * `the environment of function billing-api`.
 */
export function secretsVerdict(hits: Maybe<readonly SecretHit[] | null>, what: string, result: ResultBuilder): Verdict {
  const found = known(hits, what)
  if (!found || found.length === 0) return result.pass(`No credentials or tokens were found in ${what}.`)
  const list = found.map((h) => `${h.kind} in ${h.location}`).join('; ')
  return result.fail(`${what.charAt(0).toUpperCase()}${what.slice(1)} holds what looks like a credential (${list}); the value is not shown.`)
}
