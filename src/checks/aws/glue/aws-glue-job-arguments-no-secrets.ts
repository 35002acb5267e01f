import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type GlueJobAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Glue job default arguments must not hold credentials in plaintext. */
export default defineCheck<GlueJobAttributes>({
  id: 'aws-glue-job-arguments-no-secrets',
  title: 'Glue job default arguments contain no credentials',
  resourceType: AWS.glueJob,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Default arguments are returned in plaintext by glue:GetJob and GetJobs and appear in the console and in job run history; a ' +
    'password or access key placed there is readable by anyone with read access to Glue and cannot be rotated without editing the job.',
  remediation: {
    steps: [
      'Rotate the exposed credential.',
      'Store it in AWS Secrets Manager (or use a Glue connection) and pass only the secret name as an argument; read it in the script with the job role.',
      'Remove the value from the job default arguments.',
    ],
    cli: 'aws glue update-job --job-name <job> --job-update \'{"Role":"<role-arn>","Command":{...},"DefaultArguments":{"--db_secret_id":"<secret-name>"}}\'',
    terraform: 'aws_glue_job: default_arguments = { "--db_secret_id" = aws_secretsmanager_secret.<name>.name } instead of the value.',
    references: [
      'https://docs.aws.amazon.com/glue/latest/dg/aws-glue-programming-etl-glue-arguments.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  evaluate: (job, result) => secretsVerdict(job.attributes.argumentSecrets, `the default arguments of job ${job.attributes.jobName}`, result),
})
