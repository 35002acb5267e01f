import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type ImageAttributes } from '../../../normalize/aws/types.js'
import { sharedListVerdict } from '../../_shared/cross-account.js'

/** AMI is not shared with accounts or organizations outside your organization (organization members and accounts declared trusted are fine). */
export default defineCheck<ImageAttributes>({
  id: 'aws-ec2-ami-not-shared-outside-org',
  title: 'AMI is not shared with accounts or organizations outside your organization',
  resourceType: AWS.ec2Image,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'An account with launch permission on an AMI can start instances from it and read its disks, with whatever software, configuration and embedded credentials were baked into the image.',
  remediation: {
    steps: [
      'Remove launchPermission entries for accounts or organizations other than your own.',
      'For deliberate partner access, list the account under trustedAccounts in the Posture configuration so it is reviewed once, not on every scan.',
    ],
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{UserId=<account-id>}]"',
    terraform: 'aws_ami_launch_permission: keep only account_id / organization_arn values of your organization.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-explicit.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html',
    ],
  },
  evaluate: (r, result, ctx) => sharedListVerdict(r.attributes.launchPermissions, r.account, `AMI ${r.attributes.imageId}`, result, ctx),
})
