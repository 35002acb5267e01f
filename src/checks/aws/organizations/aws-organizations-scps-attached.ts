import { defineCheck } from '../../../evaluate/define-check.js'
import { isUnknown, known } from '../../../core/unknown.js'
import { AWS, type OrganizationsOrganizationAttributes } from '../../../normalize/aws/types.js'

/** The organization should attach at least one service control policy beyond the default FullAWSAccess. */
export default defineCheck<OrganizationsOrganizationAttributes>({
  id: 'aws-organizations-scps-attached',
  title: 'AWS Organization attaches service control policies beyond FullAWSAccess',
  resourceType: AWS.organizationsOrganization,
  severity: 'high',
  categories: ['identity'],
  rationale:
    "FullAWSAccess allows everything, so with no other SCP the only limit on member accounts is each account's own IAM. Guardrail SCPs " +
    '(deny leaving the organization, disabling CloudTrail or GuardDuty, using unapproved regions, root user actions) are the ' +
    'organization-wide preventive control that still holds when an account administrator is compromised.',
  remediation: {
    steps: [
      'From the management account, enable the SERVICE_CONTROL_POLICY policy type on the root.',
      'Create guardrail SCPs and attach them to the root or organizational units, testing them on a sandbox OU first.',
    ],
    cli: 'aws organizations attach-policy --policy-id <policy-id> --target-id <root-or-ou-id>',
    terraform: 'aws_organizations_policy (type = "SERVICE_CONTROL_POLICY") with aws_organizations_policy_attachment: target_id = <root or OU id>.',
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html'],
  },
  applies: (org) => org.attributes.organizationId !== null,
  evaluate(org, result) {
    const scps = known(org.attributes.serviceControlPolicies, `service control policies of the organization of ${org.account}`) ?? []
    const custom = scps.filter((p) => p.id !== 'p-FullAWSAccess')
    const attached = custom.filter((p) => !isUnknown(p.targets) && p.targets.length > 0)
    if (attached.length > 0) return result.pass(`Organization ${org.name} attaches SCPs ${attached.map((p) => p.name).join(', ')}.`)
    // A policy whose targets could not be listed may be attached: do not conclude from partial data.
    const unread = custom.find((p) => isUnknown(p.targets))
    if (unread) known(unread.targets, `targets of SCP ${unread.name}`)
    return result.fail(
      custom.length === 0
        ? `Organization ${org.name} has no service control policy other than FullAWSAccess.`
        : `Organization ${org.name} has SCPs (${custom.map((p) => p.name).join(', ')}) but none is attached to a root, OU or account.`,
    )
  },
})
