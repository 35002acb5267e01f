import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RootUserAttributes } from '../../../normalize/aws/types.js'

/** The root user can do anything in the account, including closing it: its sign-in must require a second factor. */
export default defineCheck<RootUserAttributes>({
  id: 'aws-iam-root-mfa-enabled',
  title: 'Root user has MFA enabled',
  resourceType: AWS.iamRootUser,
  severity: 'critical',
  categories: ['identity'],
  rationale:
    'The root user has unrestricted access that no IAM policy can limit; without MFA a leaked or phished root password alone is enough to take over or delete the whole account.',
  remediation: {
    steps: [
      'Sign in to the AWS Management Console as the root user.',
      'Open Security credentials, choose "Assign MFA device" and register a hardware key (FIDO2/TOTP token) or, failing that, an authenticator app.',
      'Store the device and recovery procedure securely; verify with the CLI command below.',
    ],
    cli: "aws iam get-account-summary --query 'SummaryMap.AccountMFAEnabled'",
    terraform: 'Not manageable with Terraform: root MFA must be assigned by the root user in the console.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/root-account-mfa-enabled.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(root, result) {
    return known(root.attributes.mfaEnabled, 'root MFA status')
      ? result.pass(`The root user of account ${root.account} has an MFA device.`)
      : result.fail(`The root user of account ${root.account} has no MFA device (AccountMFAEnabled is 0).`)
  },
})
