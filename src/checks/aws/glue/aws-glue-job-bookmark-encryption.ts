import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type GlueJobAttributes } from '../../../normalize/aws/types.js'

/** Glue jobs should run with a security configuration that encrypts its job bookmarks. */
export default defineCheck<GlueJobAttributes>({
  id: 'aws-glue-job-bookmark-encryption',
  title: 'Glue job encrypts its job bookmarks',
  resourceType: AWS.glueJob,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Job bookmarks record which data a job has already processed (S3 paths, partition and key values); client-side encryption with KMS keeps that state protected at rest.',
  remediation: {
    steps: [
      'Create a Glue security configuration that encrypts its job bookmarks with a KMS key.',
      'Set it as the security configuration of the job.',
    ],
    cli: 'aws glue update-job --job-name <job> --job-update \'{"Role":"<role-arn>","Command":{...},"SecurityConfiguration":"<config>"}\'',
    terraform:
      'aws_glue_security_configuration: encryption_configuration { job_bookmarks_encryption { job_bookmarks_encryption_mode = "CSE-KMS", kms_key_arn = <key-arn> } }; aws_glue_job: security_configuration = <name>.',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  evaluate(job, result) {
    const { jobName, securityConfiguration } = job.attributes
    const enc = known(job.attributes.encryption, `security configuration of job ${jobName}`)
    if (!enc) return result.fail(`Job ${jobName} has no security configuration, so its job bookmarks are not encrypted.`)
    return enc.jobBookmarks !== 'DISABLED'
      ? result.pass(`Job ${jobName} encrypts its job bookmarks (${enc.jobBookmarks}) through security configuration ${securityConfiguration}.`)
      : result.fail(`Job ${jobName} uses security configuration ${securityConfiguration}, which leaves its job bookmarks unencrypted.`)
  },
})
