/** Helpers for the Microsoft Defender for Cloud checks (CIS Azure Foundations v2 2.1.x). */
import type { Remediation } from '../../core/finding.js'
import type { Resource } from '../../core/resource.js'
import { known } from '../../core/unknown.js'
import type { ResultBuilder, Verdict } from '../../evaluate/define-check.js'
import type { DefenderPricing, DefenderSecurityContact, DefenderSettingsAttributes } from '../../normalize/azure/types-management.js'

/** A Defender plan requirement: the plan names (pricings) that must all be Standard. */
export interface DefenderPlanSpec {
  /** Name in messages, e.g. "Defender for Servers". */
  label: string
  /** Pricing names as the API spells them, e.g. ['VirtualMachines']. */
  plans: readonly string[]
  /** The plan's overview page (https). */
  reference: string
}

type Settings = Resource<DefenderSettingsAttributes>

/** The plan of this name (case-insensitive), or undefined when the subscription does not list it. */
function planOf(pricings: Record<string, DefenderPricing>, name: string): DefenderPricing | undefined {
  const key = Object.keys(pricings).find((k) => k.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : pricings[key]
}

/** "VirtualMachines (Standard, P2)". */
function describePlan(name: string, p: DefenderPricing | undefined): string {
  if (!p) return `${name} is not offered to the subscription`
  return `${name} is ${p.pricingTier}${p.subPlan ? ` (${p.subPlan})` : ''}`
}

/** PASS when every plan of the spec is on (pricing tier Standard) in the subscription. */
export function evaluateDefenderPlan(res: Settings, spec: DefenderPlanSpec, result: ResultBuilder): Verdict {
  const pricings = known(res.attributes.pricings, `Defender for Cloud plans of subscription ${res.account}`)
  const states = spec.plans.map((name) => ({ name, plan: planOf(pricings, name) }))
  const off = states.filter((s) => s.plan?.pricingTier.toLowerCase() !== 'standard')
  const seen = states.map((s) => describePlan(s.name, s.plan)).join(', ')
  return off.length === 0
    ? result.pass(`${spec.label} is on in subscription ${res.account}: ${seen}.`)
    : result.fail(`${spec.label} is not fully on in subscription ${res.account}: ${off.map((s) => describePlan(s.name, s.plan)).join(', ')}.`)
}

/** Remediation for turning a Defender plan on. */
export function defenderPlanRemediation(spec: DefenderPlanSpec): Remediation {
  return {
    steps: [
      `In Microsoft Defender for Cloud > Environment settings > <subscription> > Defender plans, turn ${spec.label} On.`,
      'Review the plan settings (agents, sub-plan) and keep the plan enabled on every subscription.',
    ],
    cli: spec.plans.map((p) => `az security pricing create --name ${p} --tier Standard`).join(' && '),
    terraform: `azurerm_security_center_subscription_pricing with tier = "Standard" and resource_type = ${spec.plans.map((p) => `"${p}"`).join(' / ')}.`,
    references: [spec.reference, 'https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security'],
  }
}

/** The subscription's security contacts (ERROR when they could not be read). */
export function contactsOf(res: Settings): DefenderSecurityContact[] {
  return known(res.attributes.securityContacts, `Defender for Cloud security contacts of subscription ${res.account}`)
}

/** Remediation of a security contact check: its portal step, then the shared CLI, Terraform and references. */
export function contactRemediation(step: string): Remediation {
  return {
    steps: [step],
    cli:
      'az security contact create --name default --emails <security-team@example.com> ' +
      '--alert-notifications \'{"state":"On","minimalSeverity":"High"}\' --notifications-by-role \'{"state":"On","roles":["Owner"]}\'',
    terraform: 'azurerm_security_center_contact with email = "<address>", alert_notifications = true and alerts_to_admins = true.',
    references: [
      'https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications',
      'https://learn.microsoft.com/rest/api/defenderforcloud/security-contacts',
    ],
  }
}
