import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type EfsFileSystemAttributes } from '../../../normalize/aws/types.js'
import { crossAccountPolicyVerdict } from '../../_shared/cross-account.js'

/** EFS file system policy does not grant accounts outside the organization (organization members and accounts declared trusted are fine). */
export default defineCheck<EfsFileSystemAttributes>({
  id: 'aws-efs-file-system-not-shared-outside-org',
  title: 'EFS file system policy does not grant accounts outside the organization',
  resourceType: AWS.efsFileSystem,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A file system policy naming another account lets its principals mount the file system (with network reach, for instance through VPC peering) and read or write its files.',
  remediation: {
    steps: [
      'Remove principals of accounts outside your organization from the file system policy, or add an aws:PrincipalOrgID condition.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://policy.json',
    terraform: 'aws_efs_file_system_policy: policy = a document whose AWS principals are accounts of your organization.',
    references: [
      'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => crossAccountPolicyVerdict(r, `file system ${r.attributes.fileSystemId}`, result, ctx),
})
