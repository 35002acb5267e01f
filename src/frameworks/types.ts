import type { ComplianceRef } from '../core/finding.js'

/** One requirement of a framework: id as published, our own short title, its section, and the checks that decide it. */
export interface Requirement {
  id: string
  title: string
  section: string
  checks: string[]
  /** True where no automated check can decide the requirement (it needs a person). Empty `checks` without
   * `manual` means automatable but not yet covered (unmapped). */
  manual?: boolean
}

/** A framework version as data. */
export interface Framework {
  /** Stable id used in findings' compliance references and on the CLI (`--framework cis-aws`). */
  id: string
  name: string
  version: string
  /** The cloud the framework is written for; `multi` frameworks (PCI DSS, ISO 27001, ...) map checks of every cloud. */
  provider: 'aws' | 'azure' | 'gcp' | 'multi'
  /** Where the requirement ids were taken from (publisher's page or document). */
  source: string
  /**
   * Which part of the publication is listed, when not all of it: e.g. "technical safeguards only; organisational
   * controls no cloud configuration can evidence are listed as manual". Shown in docs/frameworks.md.
   */
  scope?: string
  requirements: Requirement[]
}

/** Inverts frameworks into checkId → compliance references. */
export function complianceIndex(frameworks: readonly Framework[]): (checkId: string) => ComplianceRef[] {
  const index = new Map<string, ComplianceRef[]>()
  for (const fw of frameworks) {
    for (const req of fw.requirements) {
      for (const id of req.checks) {
        const list = index.get(id) ?? []
        list.push({ framework: fw.id, version: fw.version, requirement: req.id })
        index.set(id, list)
      }
    }
  }
  return (checkId) => index.get(checkId) ?? []
}
