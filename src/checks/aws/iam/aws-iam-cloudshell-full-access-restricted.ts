import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type IamPolicyAttributes } from '../../../normalize/aws/types.js'

// The AWS-managed policy in any partition (aws, aws-cn, aws-us-gov, ...); CIS AWS Foundations 2.20.
const CLOUDSHELL_FULL_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AWSCloudShellFullAccess$/

/** AWSCloudShellFullAccess must be attached to no one: CloudShell file transfer and internet access bypass data-egress controls. */
export default defineCheck<IamPolicyAttributes>({
  id: 'aws-iam-cloudshell-full-access-restricted',
  title: 'The AWSCloudShellFullAccess managed policy is not attached to any user, group or role',
  resourceType: AWS.iamPolicy,
  severity: 'low',
  categories: ['identity'],
  rationale:
    'AWSCloudShellFullAccess allows uploading and downloading files and reaching the internet from a CloudShell environment that carries ' +
    "the caller's credentials, a path to move data or tools in and out of the account that bypasses network egress controls.",
  remediation: {
    steps: [
      'List who holds the policy (aws iam list-entities-for-policy) and detach it from every user, group and role.',
      'Where CloudShell is needed, grant a custom policy without cloudshell:PutFileToEnvironment / GetFileDownloadUrls (file transfer).',
    ],
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
    terraform: 'Remove aws_iam_*_policy_attachment resources whose policy_arn is arn:aws:iam::aws:policy/AWSCloudShellFullAccess.',
    references: [
      'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudShellFullAccess.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  // By ARN in a cloud scan; by name in IaC, where policies have address-based uids.
  applies: (p) => CLOUDSHELL_FULL_ACCESS.test(p.uid) || (p.attributes.isAwsManaged && p.attributes.policyName === 'AWSCloudShellFullAccess'),
  evaluate(p, result) {
    const n = p.attributes.attachmentCount
    return n > 0
      ? result.fail(`AWSCloudShellFullAccess is attached to ${n} user(s), group(s) or role(s).`)
      : result.pass('AWSCloudShellFullAccess is not attached to any user, group or role.')
  },
})
