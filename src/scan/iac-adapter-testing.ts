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
import type { IacLanguage, IacResource } from '../iac/model.js'

/** Where a hand-built resource claims to come from (the unit shows in uids: `tf:<unit>:<address>`). */
export interface Origin {
  unit?: string
  file?: string
  line?: number
  endLine?: number
}

/** An IaC resource as a loader would give it, with plan-JSON shaped (Terraform) or resolved (CloudFormation) values. */
export function iacResource(language: IacLanguage, type: string, address: string, values: Record<string, unknown>, origin: Origin = {}): IacResource {
  const line = origin.line ?? 1
  const file = origin.file ?? (language === 'terraform' ? 'main.tf' : 'test.yaml')
  return {
    language,
    type,
    address,
    unit: origin.unit ?? (language === 'terraform' ? 'test' : file),
    values,
    location: { file, startLine: line, endLine: origin.endLine ?? line },
    suppressions: [],
  }
}

/** A Terraform resource of the unit `test` declared at `line` of main.tf. */
export function tf(type: string, name: string, values: Record<string, unknown>, line = 1): IacResource {
  return iacResource('terraform', type, `${type}.${name}`, values, { line })
}

/** A CloudFormation resource of the template `test.yaml`. */
export function cfn(type: string, logicalId: string, values: Record<string, unknown>, line = 1): IacResource {
  return iacResource('cloudformation', type, logicalId, values, { line })
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
