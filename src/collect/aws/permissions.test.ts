import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * Keeps docs/iam-policy.json (the least-privilege policy in the README) true: every SDK command or paginator the
 * collectors use must be allowed by it, and it must not allow actions Posture never calls.
 */
const DIR = new URL('./', import.meta.url)
const PREFIX: Record<string, string> = {
  'client-iam': 'iam',
  'client-s3': 's3',
  'client-s3-control': 's3',
  'client-ec2': 'ec2',
  'client-sts': 'sts',
  'client-cloudtrail': 'cloudtrail',
  'client-kms': 'kms',
  'client-rds': 'rds',
  'client-cloudwatch-logs': 'logs',
  'client-cloudwatch': 'cloudwatch',
  'client-config-service': 'config',
  'client-efs': 'elasticfilesystem',
  'client-sns': 'sns',
  'client-sqs': 'sqs',
  'client-accessanalyzer': 'access-analyzer',
  'client-securityhub': 'securityhub',
  'client-guardduty': 'guardduty',
  'client-elastic-load-balancing': 'elasticloadbalancing',
  'client-elastic-load-balancing-v2': 'elasticloadbalancing',
  'client-cloudfront': 'cloudfront',
  'client-wafv2': 'wafv2',
  'client-acm': 'acm',
  'client-auto-scaling': 'autoscaling',
  'client-lambda': 'lambda',
  'client-ecr': 'ecr',
  'client-ecs': 'ecs',
  'client-eks': 'eks',
  'client-codebuild': 'codebuild',
  'client-dynamodb': 'dynamodb',
  'client-elasticache': 'elasticache',
  'client-redshift': 'redshift',
  'client-opensearch': 'es',
  'client-secrets-manager': 'secretsmanager',
  'client-ssm': 'ssm',
  'client-organizations': 'organizations',
  'client-account': 'account',
  'client-backup': 'backup',
  'client-cloudformation': 'cloudformation',
  'client-api-gateway': 'apigateway',
  'client-apigatewayv2': 'apigateway',
  'client-eventbridge': 'events',
  'client-sfn': 'states',
  'client-kinesis': 'kinesis',
  'client-firehose': 'firehose',
  'client-kafka': 'kafka',
  'client-glue': 'glue',
  'client-sagemaker': 'sagemaker',
  'client-cognito-identity-provider': 'cognito-idp',
  'client-cognito-identity': 'cognito-identity',
  'client-route-53': 'route53',
  'client-glacier': 'glacier',
}
// Operations whose IAM action name differs from the API name (S3 authorization docs).
const RENAMED: Record<string, string> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
}
const S3_CONTROL: Record<string, string> = { 's3:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock' }

function actionsUsed(): Set<string> {
  const used = new Set<string>()
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(new URL(file, DIR), 'utf8')
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/(client-[a-z0-9-]+)'/g)) {
      const prefix = PREFIX[m[2]!]
      if (!prefix) continue
      for (const raw of m[1]!.split(',')) {
        const name = raw
          .replace(/\btype\b/, '')
          .trim()
          .split(/\s+as\s+/)[0]!
        const op = name.endsWith('Command')
          ? name.slice(0, -'Command'.length)
          : name.startsWith('paginate')
            ? name.slice('paginate'.length)
            : undefined
        if (!op) continue
        // API Gateway's management API is authorized by HTTP verb on resource paths: every read is apigateway:GET.
        const action = prefix === 'apigateway' ? 'apigateway:GET' : `${prefix}:${op}`
        used.add(m[2] === 'client-s3-control' ? (S3_CONTROL[action] ?? action) : (RENAMED[action] ?? action))
      }
    }
  }
  return used
}

describe('docs/iam-policy.json', () => {
  const policy = JSON.parse(readFileSync(new URL('../../../docs/iam-policy.json', import.meta.url), 'utf8')) as { Statement: { Action: string[] }[] }
  const allowed = new Set(policy.Statement.flatMap((s) => s.Action))
  const used = actionsUsed()

  it('allows every action the collectors call', () => {
    expect([...used].filter((a) => !allowed.has(a)).sort()).toEqual([])
  })

  it('allows nothing the collectors never call (least privilege)', () => {
    // GetCallerIdentity and DescribeRegions are called by the session, which this scan covers too.
    expect([...allowed].filter((a) => !used.has(a)).sort()).toEqual([])
  })

  it('is read-only', () => {
    // BatchGet* reads several resources at once (CodeBuild has no other read); apigateway:GET is API Gateway's read verb.
    const writes = [...allowed].filter((a) => !/^[a-z0-9-]+:(Get|List|Describe|BatchGet|GenerateCredentialReport$)|^apigateway:GET$/.test(a))
    expect(writes).toEqual([])
  })
})
