import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RootUserAttributes } from '../../../normalize/aws/types.js'

/** A virtual MFA lives on a phone that may be lost, cloned or phished; the root user deserves a dedicated hardware device. */
export default defineCheck<RootUserAttributes>({
  id: 'aws-iam-root-hardware-mfa-enabled',
  title: 'Root user uses a hardware MFA device',
  resourceType: AWS.iamRootUser,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'A virtual MFA app shares a general-purpose phone with other apps and backups, so its seed can be copied or the phone compromised; a hardware token (FIDO2 key or TOTP token) kept offline makes root takeover much harder.',
  remediation: {
    steps: [
      'Sign in as the root user and open Security credentials.',
      'Register a FIDO2 security key or hardware TOTP token as an MFA device.',
      'Remove the virtual MFA device from the root user once the hardware device works.',
    ],
    cli: 'aws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?User.Arn==\'arn:aws:iam::<account-id>:root\'].SerialNumber"',
    terraform: 'Not manageable with Terraform: root MFA devices are assigned by the root user in the console.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/root-account-hardware-mfa-enabled.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(root, result) {
    if (!known(root.attributes.mfaEnabled, 'root MFA status')) {
      return result.fail(`The root user of account ${root.account} has no MFA device at all.`)
    }
    return known(root.attributes.virtualMfa, 'root virtual MFA devices')
      ? result.fail(`The root user of account ${root.account} uses a virtual MFA device rather than a hardware one.`)
      : result.pass(`The root user of account ${root.account} has MFA and no virtual MFA device is assigned to it.`)
  },
})
