import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type OrganizationsOrganizationAttributes } from '../../../normalize/aws/types.js'

/** Accounts should belong to an AWS Organization, so central guardrails (SCPs, delegated security services) can reach them. */
export default defineCheck<OrganizationsOrganizationAttributes>({
  id: 'aws-organizations-account-in-organization',
  title: 'AWS account is a member of an AWS Organization',
  resourceType: AWS.organizationsOrganization,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'A standalone account is outside every organization-wide control: service control policies cannot limit it, organization trails, ' +
    'GuardDuty and Security Hub delegated administrators do not cover it, and its root user is governed only by itself.',
  remediation: {
    steps: [
      "From the organization's management account, invite the account (or create new accounts inside the organization).",
      'Accept the invitation from the account, then place it in an organizational unit that has the intended SCPs.',
    ],
    cli: 'aws organizations invite-account-to-organization --target Id=<account-id>,Type=ACCOUNT',
    terraform: 'aws_organizations_account (new accounts), or accept the invitation and manage placement with parent_id.',
    references: ['https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_invites.html'],
  },
  evaluate(org, result) {
    const id = known(org.attributes.organizationId, `organization of account ${org.account}`)
    return id === null
      ? result.fail(`Account ${org.account} does not belong to an AWS Organization.`)
      : result.pass(`Account ${org.account} belongs to organization ${id}.`)
  },
})
