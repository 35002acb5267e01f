import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CognitoUserPoolAttributes } from '../../../normalize/aws/types.js'

/** User pools should enforce threat protection (advanced security features), not only audit it. */
export default defineCheck<CognitoUserPoolAttributes>({
  id: 'aws-cognito-user-pool-threat-protection-enforced',
  title: 'Cognito user pool threat protection is in enforced (full-function) mode',
  resourceType: AWS.cognitoUserPool,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Threat protection scores every sign-in for risk and checks passwords against leaked-credential lists. In ENFORCED mode it blocks ' +
    'or challenges risky sign-ins and compromised passwords; in AUDIT mode it only logs them, and OFF it does nothing, so credential ' +
    'stuffing against the pool goes unanswered.',
  remediation: {
    steps: [
      'Move the pool to the Plus feature plan, which includes threat protection.',
      'Set AdvancedSecurityMode to ENFORCED and configure the actions for low, medium and high risk and for compromised credentials.',
    ],
    cli: 'aws cognito-idp update-user-pool --user-pool-id <pool-id> --user-pool-tier PLUS --user-pool-add-ons AdvancedSecurityMode=ENFORCED',
    terraform: 'aws_cognito_user_pool: user_pool_add_ons { advanced_security_mode = "ENFORCED" }.',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-settings-threat-protection.html'],
  },
  evaluate(pool, result) {
    const name = pool.attributes.userPoolName
    const mode = known(pool.attributes.advancedSecurityMode, `threat protection mode of user pool ${name}`)
    if (mode === 'ENFORCED') return result.pass(`User pool ${name} enforces threat protection.`)
    return mode === 'AUDIT'
      ? result.fail(`User pool ${name} runs threat protection in AUDIT mode only: risky sign-ins are logged, not blocked.`)
      : result.fail(`User pool ${name} has threat protection off.`)
  },
})
