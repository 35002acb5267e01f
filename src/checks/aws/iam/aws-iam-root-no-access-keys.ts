import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type RootUserAttributes } from '../../../normalize/aws/types.js'

/** Root access keys give unrestricted, MFA-less API access to the account and should not exist. */
export default defineCheck<RootUserAttributes>({
  id: 'aws-iam-root-no-access-keys',
  title: 'Root user has no access keys',
  resourceType: AWS.iamRootUser,
  severity: 'critical',
  categories: ['identity'],
  rationale:
    'Root access keys cannot be limited by IAM policies or permission boundaries and are not protected by MFA; one leaked key in a script or repository hands over the entire account.',
  remediation: {
    steps: [
      'Find what uses the root keys (CloudTrail events with userIdentity.type "Root") and move it to an IAM role.',
      'Signed in as the root user, deactivate and then delete every root access key under Security credentials (the CLI call must be signed with the root key itself, since no user name applies).',
    ],
    cli: 'aws iam delete-access-key --access-key-id <root-access-key-id>',
    terraform: 'Not manageable with Terraform: root access keys are deleted by the root user; make sure no pipeline uses them.',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/iam-root-access-key-check.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(root, result) {
    return known(root.attributes.accessKeysPresent, 'root access key status')
      ? result.fail(`The root user of account ${root.account} has access keys (AccountAccessKeysPresent is 1).`)
      : result.pass(`The root user of account ${root.account} has no access keys.`)
  },
})
