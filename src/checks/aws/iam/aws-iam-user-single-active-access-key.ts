import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type IamUserAttributes } from '../../../normalize/aws/types.js'
import { activeKeys } from '../../_shared/iam-credentials.js'

/** Two active keys are only needed briefly during rotation; more lingering keys mean more secrets to leak. */
export default defineCheck<IamUserAttributes>({
  id: 'aws-iam-user-single-active-access-key',
  title: 'IAM users have at most one active access key',
  resourceType: AWS.iamUser,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'A second active key is normal only during rotation; left in place it usually means an old key still lives in some script or laptop, doubling what can leak and complicating incident response.',
  remediation: {
    steps: [
      'Find which key is still in use (aws iam get-access-key-last-used) and move every consumer to it.',
      'Deactivate the other key, then delete it once nothing breaks.',
    ],
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <older-access-key-id> --status Inactive',
    terraform: 'Keep one aws_iam_access_key per aws_iam_user (add the new key, switch consumers, then remove the old resource).',
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
      'https://www.cisecurity.org/benchmark/amazon_web_services',
    ],
  },
  evaluate(u, result) {
    const name = u.attributes.userName
    const active = activeKeys(known(u.attributes.accessKeys, 'access keys'))
    return active.length <= 1
      ? result.pass(`User ${name} has ${active.length} active access key(s).`)
      : result.fail(`User ${name} has ${active.length} active access keys: ${active.map((k) => k.id).join(', ')}.`)
  },
})
