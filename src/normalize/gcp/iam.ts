import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { GcpIamRaw, GcpServiceAccountKeyRaw, GcpServiceAccountRaw } from '../../collect/gcp/iam.js'
import { gcpName, gcpProjectName, gcpResource, lastSegment, type GcpNormalizeScope } from './helpers.js'
import {
  GCP_IDENTITY_TYPES,
  type GcpAuditConfig,
  type GcpIamBinding,
  type GcpIamPolicy,
  type GcpProjectPolicyAttributes,
  type GcpServiceAccountAttributes,
  type GcpServiceAccountKey,
} from './types-identity.js'

/** The binding and policy shape every Google IAM API (Resource Manager, Cloud Storage, Cloud KMS) returns. */
interface PolicyLike {
  version?: number | null
  bindings?:
    | {
        role?: string | null
        members?: string[] | null
        condition?: { title?: string | null; expression?: string | null; description?: string | null } | null
      }[]
    | null
}

/** Role bindings in the contract's shape; a binding without a role or members grants nothing and is dropped. */
export function bindingsOf(policy: PolicyLike | null | undefined): GcpIamBinding[] {
  return (policy?.bindings ?? []).flatMap((b) =>
    b.role && b.members && b.members.length > 0
      ? [
          {
            role: b.role,
            members: [...b.members],
            condition: b.condition
              ? { title: b.condition.title ?? '', expression: b.condition.expression ?? '', description: b.condition.description ?? null }
              : null,
          },
        ]
      : [],
  )
}

/** A resource-level IAM policy; a policy the API returns empty (no bindings) is version 1 with no bindings. */
export function iamPolicyOf(policy: PolicyLike | null): GcpIamPolicy {
  return { version: policy?.version ?? 1, bindings: bindingsOf(policy) }
}

/** Audit configs in the contract's shape. */
function auditConfigsOf(raw: GcpIamRaw['policy']): GcpAuditConfig[] {
  if (!raw.ok) return []
  return (raw.value?.auditConfigs ?? []).map((c) => ({
    service: c.service ?? '',
    auditLogConfigs: (c.auditLogConfigs ?? []).map((l) => ({ logType: l.logType ?? '', exemptedMembers: [...(l.exemptedMembers ?? [])] })),
  }))
}

/** The project IAM policy resource; none when getIamPolicy failed (the failure marks the type incomplete). */
function policyResource(raw: GcpIamRaw, scope: GcpNormalizeScope): Resource<GcpProjectPolicyAttributes>[] {
  if (!raw.policy.ok) return []
  const projectUid = gcpProjectName(scope.project)
  return [
    gcpResource<GcpProjectPolicyAttributes>({
      uid: `${projectUid}/iamPolicy`,
      type: GCP_IDENTITY_TYPES.projectPolicy,
      project: scope.project,
      name: scope.project,
      attributes: {
        projectId: scope.project,
        version: raw.policy.value?.version ?? 1,
        bindings: bindingsOf(raw.policy.value),
        auditConfigs: auditConfigsOf(raw.policy),
      },
      relations: [{ kind: 'policy-of', target: projectUid }],
    }),
  ]
}

/** A key as listed; `disabled` is omitted by the API for enabled keys. */
function keyOf(k: GcpServiceAccountKeyRaw): GcpServiceAccountKey {
  return {
    id: lastSegment(k.name),
    keyType: k.keyType ?? 'USER_MANAGED',
    keyOrigin: k.keyOrigin ?? null,
    validAfterTime: k.validAfterTime ?? null,
    validBeforeTime: k.validBeforeTime ?? null,
    disabled: k.disabled ?? false,
  }
}

/** One service account → gcp.iam.service-account. */
function serviceAccountResource(raw: GcpServiceAccountRaw, scope: GcpNormalizeScope): Resource<GcpServiceAccountAttributes> {
  const a = raw.account
  const email = a.email ?? ''
  const project = a.projectId ?? scope.project
  return gcpResource<GcpServiceAccountAttributes>({
    uid: gcpName('iam', `projects/${project}/serviceAccounts/${email}`),
    type: GCP_IDENTITY_TYPES.serviceAccount,
    project: scope.project,
    name: email,
    attributes: {
      email,
      uniqueId: a.uniqueId ?? '',
      displayName: a.displayName ?? '',
      projectId: project,
      // `disabled` is output only and left out for enabled accounts.
      disabled: a.disabled ?? false,
      // https://cloud.google.com/compute/docs/access/service-accounts#default_service_account
      isComputeDefault: email === `${scope.projectNumber}-compute@developer.gserviceaccount.com`,
      // https://cloud.google.com/appengine/docs/standard/configure-service-accounts#default-service-account
      isAppEngineDefault: email === `${scope.project}@appspot.gserviceaccount.com`,
      userManagedKeys: raw.keys.ok ? (raw.keys.value ?? []).map(keyOf) : unknown(`iam.projects.serviceAccounts.keys.list: ${raw.keys.reason}`),
    },
  })
}

/** IAM raw data → gcp.iam.project-policy (when read) and gcp.iam.service-account. */
export function normalizeIam(raw: GcpIamRaw, scope: GcpNormalizeScope): Resource[] {
  return [...policyResource(raw, scope), ...raw.serviceAccounts.map((sa) => serviceAccountResource(sa, scope))]
}
