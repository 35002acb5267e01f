/**
 * Google Cloud IAM policy helpers for checks: principals (members) by kind, public principals, role classes and the
 * (role, member) grants of a policy's bindings. A conditional binding still grants whenever its condition holds, so
 * every helper counts it as granting and keeps the condition for the message.
 * Member syntax: https://cloud.google.com/iam/docs/principal-identifiers
 */
import type { GcpIamBinding, GcpIamCondition, GcpServiceAccountKey } from '../../normalize/gcp/types-identity.js'

/** One role granted to one principal by one binding. */
export interface IamGrant {
  role: string
  member: string
  condition: GcpIamCondition | null
}

/** Principals meaning "anyone on the internet" and "anyone with a Google account". */
export const PUBLIC_MEMBERS: readonly string[] = ['allUsers', 'allAuthenticatedUsers']

/** Basic (formerly "primitive") roles: each spans thousands of permissions across every service. */
export const BASIC_ROLES: readonly string[] = ['roles/owner', 'roles/editor', 'roles/viewer']

/** True for allUsers and allAuthenticatedUsers. */
export function isPublicMember(member: string): boolean {
  return PUBLIC_MEMBERS.includes(member)
}

/**
 * The kind of a member: 'user', 'group', 'serviceAccount', 'domain', 'allUsers', 'allAuthenticatedUsers',
 * 'principal', 'principalSet', 'projectOwner' (bucket convenience values) ..., or 'deleted' for `deleted:` members.
 */
export function memberKind(member: string): string {
  if (member.startsWith('deleted:')) return 'deleted'
  if (member.startsWith('principal://')) return 'principal'
  if (member.startsWith('principalSet://')) return 'principalSet'
  const i = member.indexOf(':')
  return i < 0 ? member : member.slice(0, i)
}

/** The email (or id) part of a member: 'user:a@x.com' → 'a@x.com'. */
export function memberId(member: string): string {
  const i = member.indexOf(':')
  return i < 0 || member.startsWith('principal') ? member : member.slice(i + 1)
}

/**
 * Google-managed service agents, which Google itself grants roles to run services on the project's behalf:
 * service-<number>@gcp-sa-*.iam.gserviceaccount.com (and the older *-system / *-robot domains) and the Google APIs
 * service agent <number>@cloudservices.gserviceaccount.com (https://cloud.google.com/iam/docs/service-agents).
 */
export function isServiceAgent(member: string): boolean {
  if (memberKind(member) !== 'serviceAccount') return false
  const email = memberId(member)
  return /^service-(org-|folder-)?\d+@[a-z0-9-]+\.iam\.gserviceaccount\.com$/.test(email) || /^\d+@cloudservices\.gserviceaccount\.com$/.test(email)
}

/** Roles CIS 1.5 calls administrative: Owner, Editor, and any role whose name ends in Admin/admin (e.g. roles/compute.instanceAdmin.v1). */
export function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin(\.v\d+)?$/i.test(role)
}

/**
 * Every (role, member) grant of the bindings. `deleted:` members are left out: a deleted principal's binding grants
 * nothing unless the principal is undeleted (https://cloud.google.com/iam/docs/policies#handle-deleted-principals).
 */
export function grants(bindings: readonly GcpIamBinding[]): IamGrant[] {
  return bindings.flatMap((b) =>
    b.members.filter((m) => memberKind(m) !== 'deleted').map((member) => ({ role: b.role, member, condition: b.condition })),
  )
}

/** Grants to allUsers or allAuthenticatedUsers. */
export function publicGrants(bindings: readonly GcpIamBinding[]): IamGrant[] {
  return grants(bindings).filter((g) => isPublicMember(g.member))
}

/** The roles each member holds (conditional grants included). */
export function rolesByMember(bindings: readonly GcpIamBinding[]): Map<string, IamGrant[]> {
  const out = new Map<string, IamGrant[]>()
  for (const g of grants(bindings)) out.set(g.member, [...(out.get(g.member) ?? []), g])
  return out
}

/** 'user:a@x.com has roles/editor' (+ ' under condition "title"' when conditional). */
export function describeGrant(g: IamGrant): string {
  return `${g.member} has ${g.role}${g.condition ? ` under condition "${g.condition.title || g.condition.expression}"` : ''}`
}

/** Up to `max` items joined with commas, then "and N more". */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ')
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}

/** The grants described, with the note that conditional ones were counted (the condition may hold). */
export function describeGrants(list: readonly IamGrant[], max = 5): string {
  const text = listSome(list.map(describeGrant), max)
  return list.some((g) => g.condition) ? `${text} (a conditional binding still grants whenever its condition holds)` : text
}

/**
 * Keys that can still authenticate or be re-enabled: those not past their validBeforeTime (a key expiry policy makes
 * keys expire: https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#limit_key_expiry).
 */
export function unexpiredKeys(keys: readonly GcpServiceAccountKey[], now: Date): GcpServiceAccountKey[] {
  return keys.filter((k) => !k.validBeforeTime || Date.parse(k.validBeforeTime) > now.getTime())
}

/** 'key1 (created 2026-01-02, disabled)' for messages. */
export function describeKey(k: GcpServiceAccountKey): string {
  const notes = [k.validAfterTime ? `created ${k.validAfterTime.slice(0, 10)}` : '', k.disabled ? 'disabled' : ''].filter(Boolean)
  return notes.length > 0 ? `${k.id} (${notes.join(', ')})` : k.id
}
