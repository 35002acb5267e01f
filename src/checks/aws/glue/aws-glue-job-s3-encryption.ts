import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlueJobAttributes } from '../../../normalize/aws/types.js'

/** Glue jobs should run with a security configuration that encrypts the data it writes to Amazon S3. */
export default defineCheck<GlueJobAttributes>({
  id: 'aws-glue-job-s3-encryption',
  title: 'Glue job encrypts the data it writes to S3',
  resourceType: AWS.glueJob,
  severity: 'medium',
  categories: ['encryption'],
  rationale:
    'Without S3 encryption in its security configuration, a job writes its output, temporary files and shuffle data to S3 relying only on bucket defaults; SSE-KMS keeps the output encrypted under a key whose policy controls who can read it.',
  remediation: {
    steps: [
      'Create a Glue security configuration that encrypts the data it writes to Amazon S3 with a KMS key.',
      'Set it as the security configuration of the job.',
    ],
    cli: 'aws glue update-job --job-name <job> --job-update \'{"Role":"<role-arn>","Command":{...},"SecurityConfiguration":"<config>"}\'',
    terraform:
      'aws_glue_security_configuration: encryption_configuration { s3_encryption { s3_encryption_mode = "SSE-KMS", kms_key_arn = <key-arn> } }; aws_glue_job: security_configuration = <name>.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  evaluate(job, result) {
    const { jobName, securityConfiguration } = job.attributes
    const enc = known(job.attributes.encryption, `security configuration of job ${jobName}`)
    if (!enc) return result.fail(`Job ${jobName} has no security configuration, so the data it writes to Amazon S3 are not encrypted.`)
    return enc.s3 !== 'DISABLED'
      ? result.pass(`Job ${jobName} encrypts the data it writes to Amazon S3 (${enc.s3}) through security configuration ${securityConfiguration}.`)
      : result.fail(`Job ${jobName} uses security configuration ${securityConfiguration}, which leaves the data it writes to Amazon S3 unencrypted.`)
  },
})
