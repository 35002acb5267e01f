/** PLACEHOLDER: the Terraform HCL loader is being written (issue 7). Contract below is fixed. */
import type { IacProblem, IacResource } from '../model.js'

/** Inputs from the command line, as `terraform plan -var-file/-var` would take them. */
export interface TerraformLoadOptions {
  /** Extra .tfvars / .tfvars.json files, applied to every root module after terraform.tfvars and *.auto.tfvars. */
  readonly varFiles?: readonly string[]
  /** `-var name=value` pairs (values parsed as HCL expressions when they parse, else taken as strings). */
  readonly vars?: Readonly<Record<string, string>>
}

/** Resources and problems of every Terraform root module among the files. */
export interface TerraformLoad {
  resources: IacResource[]
  problems: IacProblem[]
}

/**
 * Loads Terraform from the given `.tf` files (absolute paths; every directory holding one is a module). Directories
 * called as a local module by another are evaluated through their callers; the others are root modules. Never throws.
 */
export function loadTerraform(files: readonly string[], _options: TerraformLoadOptions = {}): Promise<TerraformLoad> {
  return Promise.resolve({
    resources: [],
    problems: files.map((file) => ({ file, line: 0, column: 0, severity: 'error' as const, message: 'Terraform HCL is not supported yet' })),
  })
}
