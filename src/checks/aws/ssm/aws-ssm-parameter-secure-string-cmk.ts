import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SsmParameterAttributes } from '../../../normalize/aws/types.js'
import { kmsKeyManager } from '../backup/kms-key-manager.js'

/** SecureString parameters should be encrypted with a customer-managed KMS key rather than alias/aws/ssm. */
export default defineCheck<SsmParameterAttributes>({
  id: 'aws-ssm-parameter-secure-string-cmk',
  title: 'SSM SecureString parameter is encrypted with a customer-managed KMS key',
  resourceType: AWS.ssmParameter,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'With the AWS managed key aws/ssm, every principal of the account allowed ssm:GetParameter can decrypt the value; the key policy cannot ' +
    'be changed and the parameter cannot be shared across accounts. A customer-managed key adds a key policy as a second gate on decryption.',
  remediation: {
    steps: [
      'Create a customer-managed KMS key whose key policy allows only the readers of the parameter to decrypt.',
      'Overwrite the parameter with the same value and the new key.',
    ],
    cli: 'aws ssm put-parameter --name <name> --type SecureString --key-id <key-arn> --value <value> --overwrite',
    terraform: 'aws_ssm_parameter: key_id = <customer-managed key ARN>.',
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/services-parameter-store.html'],
  },
  applies: (p) => p.attributes.parameterType === 'SecureString',
  evaluate(p, result, ctx) {
    const { parameterName, keyId } = p.attributes
    return kmsKeyManager(keyId, p, ctx) === 'CUSTOMER'
      ? result.pass(`SecureString ${parameterName} is encrypted with the customer-managed key ${keyId}.`)
      : result.fail(`SecureString ${parameterName} is encrypted with the AWS managed key ${keyId ?? 'alias/aws/ssm'}.`)
  },
})
