import { defineCheck } from '../../../evaluate/define-check.js'
import { GCP_IDENTITY_TYPES, type GcpProjectPolicyAttributes } from '../../../normalize/gcp/types-identity.js'
import { listSome } from '../../_shared/gcp-iam.js'

/** Log types CIS GCP 2.1 asks for on every service. */
const REQUIRED = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']

/** CIS GCP 2.1: Data Access audit logs are off by default; without them nobody can tell who read or changed data. */
export default defineCheck<GcpProjectPolicyAttributes>({
  id: 'gcp-iam-audit-config-all-services',
  title: 'Data Access audit logging covers all services and all users',
  resourceType: GCP_IDENTITY_TYPES.projectPolicy,
  severity: 'medium',
  categories: ['logging'],
  rationale:
    'Admin Activity logs are always written, but Data Access logs (ADMIN_READ, DATA_READ, DATA_WRITE) are disabled by default for most services. An investigation then cannot tell who read secrets, queried tables or changed objects. Exempted principals are exactly the ones whose access would go unrecorded.',
  remediation: {
    steps: [
      'In IAM & Admin > Audit Logs, enable Admin Read, Data Read and Data Write for the default configuration (allServices).',
      'Remove every exempted principal from the project audit configuration.',
    ],
    cli: 'gcloud projects get-iam-policy <project> --format=json > policy.json && gcloud projects set-iam-policy <project> policy.json (after adding {"service": "allServices", "auditLogConfigs": [{"logType": "ADMIN_READ"}, {"logType": "DATA_READ"}, {"logType": "DATA_WRITE"}]} to auditConfigs)',
    terraform:
      'google_project_iam_audit_config { service = "allServices" } with audit_log_config blocks for ADMIN_READ, DATA_READ and DATA_WRITE and no exempted_members.',
    references: [
      'https://cloud.google.com/logging/docs/audit/configure-data-access',
      'https://cloud.google.com/logging/docs/audit#data-access',
      'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
    ],
  },
  evaluate(p, result) {
    const id = p.attributes.projectId
    const all = p.attributes.auditConfigs.find((c) => c.service === 'allServices')
    if (!all) return result.fail(`Project ${id} has no audit configuration for allServices, so Data Access logs are off by default.`)
    const missing = REQUIRED.filter((t) => !all.auditLogConfigs.some((l) => l.logType === t))
    // Exemptions in per-service configs apply too: the allServices and service configs are merged.
    const exempted = [...new Set(p.attributes.auditConfigs.flatMap((c) => c.auditLogConfigs.flatMap((l) => l.exemptedMembers)))]
    if (missing.length === 0 && exempted.length === 0) {
      return result.pass(`Project ${id} logs ADMIN_READ, DATA_READ and DATA_WRITE for all services with no exempted principals.`)
    }
    const problems = [
      missing.length > 0 ? `does not log ${missing.join(', ')} for allServices` : '',
      exempted.length > 0 ? `exempts ${listSome(exempted)} from audit logging` : '',
    ].filter(Boolean)
    return result.fail(`Project ${id} ${problems.join(' and ')}.`)
  },
})
