/** PLACEHOLDER: the Terraform plan JSON reader is being written (issue 7). Contract below is fixed. */
import type { IacLocation, IacProblem, IacResource } from '../model.js'

/** Resources and problems of one plan file. */
export interface PlanLoad {
  resources: IacResource[]
  problems: IacProblem[]
}

/** Options: where the plan's resource blocks are in the .tf sources, when those were scanned too. */
export interface PlanLoadOptions {
  /** Location of the block declaring `address` (module path kept, instance key removed), if known. */
  readonly locate?: (address: string) => IacLocation | undefined
}

/** True when the JSON text is the output of `terraform show -json <planfile>`. */
export function looksLikePlan(text: string): boolean {
  return /"planned_values"\s*:/.test(text.slice(0, 1_000_000)) && /"format_version"\s*:/.test(text.slice(0, 1_000_000))
}

/** Reads a plan; `file` is the path findings show. Never throws. */
export function loadPlan(_text: string, file: string, _options: PlanLoadOptions = {}): PlanLoad {
  return { resources: [], problems: [{ file, line: 0, column: 0, severity: 'error', message: 'Terraform plan JSON is not supported yet' }] }
}
