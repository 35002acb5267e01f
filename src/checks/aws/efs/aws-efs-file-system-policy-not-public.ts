import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EfsFileSystemAttributes } from '../../../normalize/aws/types.js'
import { resourcePolicyVerdict } from '../../_shared/resource-policy.js'

/** EFS file system policies must not grant access to everyone (Principal "*" without a restricting condition). */
export default defineCheck<EfsFileSystemAttributes>({
  id: 'aws-efs-file-system-policy-not-public',
  title: 'EFS file system policy does not allow access to any principal',
  resourceType: AWS.efsFileSystem,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A file system policy statement that allows Principal "*" without a condition limiting who lets any IAM principal, in any account, ' +
    'and clients mounting without IAM authorization mount, write to or take root on the file system from wherever its mount targets are reachable.',
  remediation: {
    steps: [
      'Remove Principal "*" from Allow statements of the file system policy, naming the roles or accounts that need access instead.',
      'Or keep the statement and add a condition that limits who can use it, such as aws:PrincipalOrgID, aws:SourceAccount or aws:SourceVpce.',
    ],
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://restricted-policy.json',
    terraform:
      'In the aws_efs_file_system_policy document, replace principals { type = "*" } with named principals or add a restricting condition block.',
    references: [
      'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    ],
  },
  evaluate(r, result, ctx) {
    const name = `file system ${r.attributes.fileSystemId}`
    // Without a policy EFS leaves access to the network path (mount target security groups), not to a grant to everyone.
    // https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html#default-filesystempolicy
    return resourcePolicyVerdict(
      r,
      name,
      result,
      ctx,
      `No file system policy is set on ${name}; access is limited by its mount targets' network settings.`,
    )
  },
})
