import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'

/** A console password alone is phishable and guessable; users who can sign in must have an MFA device. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-user-console-mfa-enabled',
  title: 'IAM users with a console password have MFA enabled',
  resourceType: AWS.iamUser,
  severity: 'high',
  categories: ['identity'],
  rationale:
    'An IAM user that signs in with only a password can be taken over by phishing, password reuse or spraying; MFA blocks these attacks even when the password leaks.',
  remediation: {
    steps: [
      'Have the user register an MFA device (FIDO2 key, hardware token or authenticator app) under Security credentials.',
      'Attach a policy that denies actions when aws:MultiFactorAuthPresent is false, so users without MFA cannot work.',
      'Prefer IAM Identity Center users over IAM users for human access.',
    ],
    cli: 'aws iam enable-mfa-device --user-name <user> --serial-number arn:aws:iam::<account-id>:mfa/<device-name> --authentication-code1 <code1> --authentication-code2 <code2>',
    terraform:
      "Create the device with aws_iam_virtual_mfa_device (enrolment needs the user's codes), and attach to users' groups an aws_iam_policy denying actions under the condition BoolIfExists aws:MultiFactorAuthPresent = false.",
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/mfa-enabled-for-iam-console-access.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(u, result) {
    const name = u.attributes.userName
    if (!known(u.attributes.passwordEnabled, 'console password status')) return result.pass(`User ${name} has no console password.`)
    const devices = known(u.attributes.mfaDevices, 'MFA devices')
    return devices.length > 0
      ? result.pass(`User ${name} has a console password and ${devices.length} MFA device(s).`)
      : result.fail(`User ${name} can sign in to the console with a password and has no MFA device.`)
  },
})
