import type { Resource } from '../../core/resource.js'
import { known, type Maybe } from '../../core/unknown.js'
import type { CheckContext, ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { PolicyDocument } from '../../normalize/aws/types.js'
import { publicStatements, statementLabel } from './iam-policy.js'

/**
 * Verdict for a resource policy (SNS, SQS, EFS, ...): FAIL when an Allow statement is open to any principal without a
 * restricting condition, PASS otherwise (or when no policy is set), ERROR when the policy was not collected.
 */
export function resourcePolicyVerdict(
  r: Resource<{ policy: Maybe<PolicyDocument | null> }>,
  name: string,
  result: ResultBuilder,
  ctx: CheckContext,
  noPolicy = `No resource policy is set on ${name}.`,
): Verdict {
  void ctx
  const policy = known(r.attributes.policy, `resource policy of ${name}`)
  if (policy === null) return result.pass(noPolicy)
  const open = publicStatements(policy)
  return open.length === 0
    ? result.pass(`The policy of ${name} has no Allow statement open to any principal without a restricting condition.`)
    : result.fail(`The policy of ${name} allows any principal without a restricting condition in ${open.map((s) => statementLabel(s)).join(', ')}.`)
}
