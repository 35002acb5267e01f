import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlueJobAttributes } from '../../../normalize/aws/types.js'

/** Glue jobs should run with a security configuration that encrypts its CloudWatch logs. */
export default defineCheck<GlueJobAttributes>({
  id: 'aws-glue-job-cloudwatch-encryption',
  title: 'Glue job encrypts the logs it writes to CloudWatch Logs',
  resourceType: AWS.glueJob,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Glue job logs can contain records, file paths and errors with data values; encrypting them with KMS protects that copy of the data at rest and limits who can read it.',
  remediation: {
    steps: [
      'Create a Glue security configuration that encrypts its CloudWatch logs with a KMS key.',
      'Set it as the security configuration of the job.',
    ],
    cli: 'aws glue update-job --job-name <job> --job-update \'{"Role":"<role-arn>","Command":{...},"SecurityConfiguration":"<config>"}\'',
    terraform:
      'aws_glue_security_configuration: encryption_configuration { cloudwatch_encryption { cloudwatch_encryption_mode = "SSE-KMS", kms_key_arn = <key-arn> } }; aws_glue_job: security_configuration = <name>.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  evaluate(job, result) {
    const { jobName, securityConfiguration } = job.attributes
    const enc = known(job.attributes.encryption, `security configuration of job ${jobName}`)
    if (!enc) return result.fail(`Job ${jobName} has no security configuration, so its CloudWatch logs are not encrypted.`)
    return enc.cloudWatch !== 'DISABLED'
      ? result.pass(`Job ${jobName} encrypts its CloudWatch logs (${enc.cloudWatch}) through security configuration ${securityConfiguration}.`)
      : result.fail(`Job ${jobName} uses security configuration ${securityConfiguration}, which leaves its CloudWatch logs unencrypted.`)
  },
})
