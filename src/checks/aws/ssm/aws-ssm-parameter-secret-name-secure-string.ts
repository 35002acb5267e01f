import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SsmParameterAttributes } from '../../../normalize/aws/types.js'

/** Words in a parameter name that announce a credential (the last path segment is tested). */
const SECRET_WORD =
  /(?:^|[^a-z])(?:pass(?:word|wd|phrase)?|pwd|secret|token|(?:api|private|access|secret|auth|signing|encryption)[-_.]?key|key|credentials?)(?:$|[^a-z])/i
/** Suffixes of names that point to a secret, or describe one, rather than hold it. */
const REFERENCE_SUFFIX = /[-_.](?:arn|id|name|path|url|uri|ttl|length|policy|version|region|enabled|rotation|expiry|alias)$/i

/** True when the parameter's name says it holds a secret. */
function looksSecret(name: string): boolean {
  const leaf = name.split('/').filter(Boolean).pop() ?? name
  return SECRET_WORD.test(leaf) && !REFERENCE_SUFFIX.test(leaf)
}

/** Parameters whose names say they hold a password, token or key must be SecureString (KMS-encrypted), not plaintext String. */
export default defineCheck<SsmParameterAttributes>({
  id: 'aws-ssm-parameter-secret-name-secure-string',
  title: 'SSM parameter named like a secret is stored as a SecureString',
  resourceType: AWS.ssmParameter,
  severity: 'critical',
  categories: ['secrets', 'encryption'],
  rationale:
    'A String or StringList parameter is stored and returned in plaintext: anyone with ssm:GetParameter or ssm:GetParametersByPath on the ' +
    'path (broad read-only policies such as ReadOnlyAccess include them) reads the password, and it appears in console views and deployment ' +
    'logs. SecureString encrypts the value with KMS and requires kms:Decrypt to read it.',
  remediation: {
    steps: [
      "Re-create the parameter as a SecureString (a parameter's type cannot be changed in place) and rotate the credential, since its plaintext was exposed.",
      'Update readers to request it with WithDecryption and grant them kms:Decrypt on the key.',
    ],
    cli: 'aws ssm put-parameter --name <name> --type SecureString --value <new-value> --overwrite',
    terraform: 'aws_ssm_parameter: type = "SecureString" (optionally key_id = <KMS key>).',
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html'],
  },
  applies: (p) => looksSecret(p.attributes.parameterName),
  evaluate(p, result) {
    const { parameterName, parameterType } = p.attributes
    return parameterType === 'SecureString'
      ? result.pass(`Parameter ${parameterName} is a SecureString.`)
      : result.fail(`Parameter ${parameterName} is named like a secret but is stored as plaintext ${parameterType}; the value is not shown.`)
  },
})
