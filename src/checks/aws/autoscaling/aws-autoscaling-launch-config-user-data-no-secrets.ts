import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type LaunchConfigurationAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Launch configuration user data must not carry credentials. */
export default defineCheck<LaunchConfigurationAttributes>({
  id: 'aws-autoscaling-launch-config-user-data-no-secrets',
  title: 'Auto Scaling launch configuration user data contains no credentials or tokens',
  resourceType: AWS.autoscalingLaunchConfiguration,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'DescribeLaunchConfigurations returns the user data in plaintext to anyone allowed to call it, and every instance of the group ' +
    'exposes it to all local processes through the metadata service: a password, access key or token in it is effectively published.',
  remediation: {
    steps: [
      'Rotate the credential found in the user data: treat it as compromised.',
      'Store it in AWS Secrets Manager or SSM Parameter Store and fetch it at boot with the instance role.',
      'Create a launch template without it, move the groups to it, and delete this launch configuration.',
    ],
    cli: 'aws autoscaling delete-launch-configuration --launch-configuration-name <name>',
    terraform: 'aws_launch_configuration: remove the value from user_data; read it at boot from aws_secretsmanager_secret.',
    references: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  evaluate: (lc, result) =>
    secretsVerdict(lc.attributes.userDataSecrets, `the user data of launch configuration ${lc.attributes.launchConfigurationName}`, result),
})
