/**
 * Test support for adapter tests: builds Terraform resources in the shape of `terraform show -json`
 * planned values (as the HCL and plan loaders produce them) and runs them through the adapters and every check, so
 * adapter tests assert verdicts without depending on a loader.
 */
import { Inventory } from '../core/inventory.js'
import type { Status } from '../core/finding.js'
import { loadChecks } from '../checks/registry.js'
import { evaluate } from '../evaluate/engine.js'
import { guardUnknowns } from '../evaluate/unknown-guard.js'
import { adaptAll } from '../iac/adapt.js'
import type { IacResource } from '../iac/model.js'

/** A Terraform resource of the unit `test` declared at `line` of main.tf. */
export function tf(type: string, name: string, values: Record<string, unknown>, line = 1): IacResource {
  return {
    language: 'terraform',
    type,
    address: `${type}.${name}`,
    unit: 'test',
    values,
    location: { file: 'main.tf', startLine: line, endLine: line },
    suppressions: [],
  }
}

/** A CloudFormation resource of the template `test.yaml`. */
export function cfn(type: string, logicalId: string, values: Record<string, unknown>, line = 1): IacResource {
  return {
    language: 'cloudformation',
    type,
    address: logicalId,
    unit: 'test.yaml',
    values,
    location: { file: 'test.yaml', startLine: line, endLine: line },
    suppressions: [],
  }
}

/** Verdicts of one check as [address, status], and the checks not evaluated as [check id, address, reason]. */
export interface Judged {
  verdicts(checkId: string): [string, Status][]
  notEvaluated: [string, string, string][]
  problems: string[]
}

/** Adapts the resources and evaluates every check on them as `posture iac` does (guarded attributes, fixed date). */
export async function judge(resources: readonly IacResource[], now = new Date('2026-04-15T00:00:00Z')): Promise<Judged> {
  const adapted = adaptAll(resources)
  const byUid = new Map(adapted.resources.map((r) => [r.uid, r.source.address]))
  const notEvaluated: [string, string, string][] = []
  const findings = evaluate(await loadChecks(), new Inventory(adapted.resources.map(guardUnknowns)), () => [], now, {
    onNotEvaluated: (n) => notEvaluated.push([n.checkId, byUid.get(n.uid) ?? n.uid, n.reason]),
  })
  return {
    verdicts: (checkId) => findings.filter((f) => f.checkId === checkId).map((f) => [byUid.get(f.resource.uid) ?? f.resource.uid, f.status]),
    notEvaluated,
    problems: adapted.problems.map((p) => p.message),
  }
}
