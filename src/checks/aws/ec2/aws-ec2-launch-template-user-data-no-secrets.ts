import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import type { SecretHit } from '../../../normalize/secrets.js'
import { AWS, type LaunchTemplateAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'
import { templateVersions } from './launch-settings.js'

/** Launch template user data must not carry credentials. */
export default defineCheck<LaunchTemplateAttributes>({
  id: 'aws-ec2-launch-template-user-data-no-secrets',
  title: 'EC2 launch template user data contains no credentials or tokens',
  resourceType: AWS.ec2LaunchTemplate,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Launch template data, user data included, is readable in plaintext by any principal allowed ec2:DescribeLaunchTemplateVersions and ' +
    'is copied into every instance launched from it, where any process can read it from the metadata service.',
  remediation: {
    steps: [
      'Rotate the credential found in the user data: treat it as compromised.',
      'Move it to AWS Secrets Manager or SSM Parameter Store and fetch it at boot with the instance role.',
      'Create a template version without it, make it the default, and delete the versions that contain it.',
    ],
    cli: 'aws ec2 delete-launch-template-versions --launch-template-id <lt-id> --versions <version-with-secret>',
    terraform: 'aws_launch_template: remove the value from user_data; read it at boot from aws_secretsmanager_secret.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  evaluate(t, result) {
    const what = `the user data of launch template ${t.attributes.launchTemplateName}`
    const hits: SecretHit[] = []
    for (const { label, settings } of templateVersions(t)) {
      for (const h of known(settings.userDataSecrets, `${what}, ${label}`) ?? []) hits.push({ ...h, location: `${label} ${h.location}` })
    }
    return secretsVerdict(hits, what, result)
  },
})
