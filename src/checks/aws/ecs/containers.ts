/** Shared verdict for ECS task definition checks that judge each container (not a check: no `aws-` prefix). */
import type { Resource } from '../../../core/resource.js'
import { known } from '../../../core/unknown.js'
import type { ResultBuilder, Verdict } from '../../../evaluate/define-check.js'
import type { EcsContainer, EcsTaskDefinitionAttributes } from '../../../normalize/aws/types.js'

/** `family:revision` of a task definition, as messages name it. */
export const taskName = (td: Resource<EcsTaskDefinitionAttributes>): string => `${td.attributes.family}:${td.attributes.revision}`

/**
 * FAIL naming every container for which `bad` returns a reason, PASS when none does, ERROR when the containers were
 * not collected. `failing` completes "Task definition web:3: container app <failing>" style messages.
 */
export function containersVerdict(
  td: Resource<EcsTaskDefinitionAttributes>,
  result: ResultBuilder,
  bad: (c: EcsContainer) => string | undefined,
  passMessage: string,
): Verdict {
  const name = taskName(td)
  const containers = known(td.attributes.containers, `containers of task definition ${name}`)
  const found = containers.flatMap((c) => {
    const why = bad(c)
    return why ? [`${c.name} (${why})`] : []
  })
  return found.length === 0
    ? result.pass(`Task definition ${name}: ${passMessage}`)
    : result.fail(`Task definition ${name}: ${found.length === 1 ? 'container' : 'containers'} ${found.join(', ')}.`)
}
