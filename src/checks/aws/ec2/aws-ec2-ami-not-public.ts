import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type ImageAttributes } from '../../../normalize/aws/types.js'

/** AMIs owned by the account must not be launchable by everyone: images often bake in code, keys and secrets. */
export default defineCheck<ImageAttributes>({
  id: 'aws-ec2-ami-not-public',
  title: 'AMI owned by the account is not public',
  resourceType: AWS.ec2Image,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'Anyone can launch a public AMI and read its disks, including application code, SSH host keys, credentials and data baked into the image at build time.',
  remediation: {
    steps: [
      'Remove the "all" group from the AMI\'s launchPermission.',
      'Share with specific accounts or organizations only, and enable block public access for AMIs in each region.',
    ],
    cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"',
    terraform:
      'Remove aws_ami_launch_permission resources with group = "all"; set aws_ec2_image_block_public_access with state = "block-new-sharing" per region.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-public-access-to-amis.html',
    ],
  },
  evaluate(image, result) {
    const { imageId, isPublic } = image.attributes
    // DescribeImages' Public flag already answers; launchPermissions is only needed when it says private.
    if (isPublic) return result.fail(`AMI ${imageId} is public (anyone can launch it).`)
    const perms = known(image.attributes.launchPermissions, 'AMI launchPermission attribute')
    if (perms.includes('all')) return result.fail(`AMI ${imageId} grants launchPermission to all AWS accounts.`)
    return perms.length === 0
      ? result.pass(`AMI ${imageId} is private and not shared.`)
      : result.pass(`AMI ${imageId} is private and shared only with ${perms.join(', ')}.`)
  },
})
