import { defineCheck } from '../../../evaluate/define-check.js'
import { unknown } from '../../../core/unknown.js'
import { AWS, type InstanceAttributes } from '../../../normalize/aws/types.js'
import { isLiveInstance } from '../../_shared/ec2-instance.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Instance user data must not carry credentials: anyone who can describe the instance, or reach IMDS on it, can read it. */
export default defineCheck<InstanceAttributes>({
  id: 'aws-ec2-instance-user-data-no-secrets',
  title: 'EC2 instance user data contains no credentials or tokens',
  resourceType: AWS.ec2Instance,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'User data is stored in plaintext: any principal with ec2:DescribeInstanceAttribute can read it, and so can every process on the ' +
    'instance (or an SSRF) through http://169.254.169.254/latest/user-data. A password, access key or token in it is exposed to all of them ' +
    'and lives on in AMIs and launch templates copied from the instance.',
  remediation: {
    steps: [
      'Rotate the credential found in the user data: treat it as compromised.',
      'Store it in AWS Secrets Manager or SSM Parameter Store (SecureString) and have the boot script fetch it with the instance role.',
      'Stop the instance and replace its user data with the version that no longer embeds the value.',
    ],
    cli: 'aws ec2 modify-instance-attribute --instance-id <instance-id> --attribute userData --value file://user-data-without-secrets.txt',
    terraform: 'aws_instance: remove the value from user_data and read it at boot from aws_secretsmanager_secret (granted to the instance profile).',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  applies: (instance) => isLiveInstance(instance.attributes.state),
  evaluate(instance, result) {
    const { userDataSecrets, instanceId } = instance.attributes
    // Absent (not null) when the source does not provide user data at all: unknown, never a pass.
    return secretsVerdict(
      userDataSecrets === undefined ? unknown('user data was not collected') : userDataSecrets,
      `the user data of instance ${instanceId}`,
      result,
    )
  },
})
