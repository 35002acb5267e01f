import type { Relation, Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { LambdaFunctionRaw, LambdaRaw } from '../../collect/aws/lambda.js'
import { ec2Arn, partitionOf } from '../../collect/aws/ec2-arn.js'
import { findSecretsInVariables, type SecretHit } from '../secrets.js'
import { AWS, type LambdaFunctionAttributes } from './types.js'
import { awsResource, maybe, maybePolicy, type NormalizeScope } from './helpers.js'

/** Secrets in the environment: null without variables, Unknown when Lambda reported an error instead of the values. */
function environmentSecrets(env: LambdaFunctionRaw['configuration']['Environment']): Maybe<SecretHit[] | null> {
  // Environment.Error is set when Lambda could not decrypt the variables (e.g. the KMS key is disabled).
  if (env?.Error) return unknown(`lambda:ListFunctions: environment not readable (${env.Error.ErrorCode ?? 'error'}: ${env.Error.Message ?? ''})`)
  const vars = env?.Variables ?? {}
  return Object.keys(vars).length === 0 ? null : findSecretsInVariables(vars, 'environment variable')
}

/** One function → aws.lambda.function (environment values reduced to names and secret hits). */
function fn(f: LambdaFunctionRaw, scope: NormalizeScope): Resource<LambdaFunctionAttributes> {
  const c = f.configuration
  const name = c.FunctionName ?? ''
  // ListFunctions returns unqualified ARNs; drop a version qualifier should one appear.
  const uid = (c.FunctionArn ?? `arn:${partitionOf(scope.region)}:lambda:${scope.region}:${scope.account}:function:${name}`).replace(/:\$LATEST$/, '')
  const vpc = c.VpcConfig?.VpcId
    ? { vpcId: c.VpcConfig.VpcId, subnetIds: c.VpcConfig.SubnetIds ?? [], securityGroupIds: c.VpcConfig.SecurityGroupIds ?? [] }
    : null
  const relations: Relation[] = [
    ...(c.Role ? [{ kind: 'uses-role', target: c.Role }] : []),
    ...(c.KMSKeyArn ? [{ kind: 'uses-kms-key', target: c.KMSKeyArn }] : []),
    ...(vpc?.subnetIds ?? []).map((s) => ({ kind: 'in-subnet', target: ec2Arn(scope.region, scope.account, 'subnet', s) })),
    ...(vpc?.securityGroupIds ?? []).map((g) => ({ kind: 'uses-security-group', target: ec2Arn(scope.region, scope.account, 'security-group', g) })),
  ]
  return awsResource<LambdaFunctionAttributes>({
    uid,
    type: AWS.lambdaFunction,
    account: scope.account,
    region: scope.region,
    name,
    relations,
    attributes: {
      functionName: name,
      runtime: c.Runtime ?? null,
      packageType: c.PackageType ?? 'Zip',
      roleArn: c.Role ?? null,
      lastModified: c.LastModified ? new Date(c.LastModified).toISOString() : null,
      environmentVariableNames: Object.keys(c.Environment?.Variables ?? {}).sort(),
      environmentSecrets: environmentSecrets(c.Environment),
      kmsKeyArn: c.KMSKeyArn || null,
      tracingMode: c.TracingConfig?.Mode ?? 'PassThrough',
      deadLetterTargetArn: c.DeadLetterConfig?.TargetArn || null,
      onFailureDestination: maybe(f.onFailure, 'lambda:GetFunctionEventInvokeConfig'),
      vpc,
      policy: maybePolicy(f.policy, 'lambda:GetPolicy'),
      functionUrl: f.url.ok
        ? f.url.value && { url: f.url.value.FunctionUrl ?? '', authType: f.url.value.AuthType ?? '' }
        : unknown(`lambda:GetFunctionUrlConfig: ${f.url.reason}`),
      codeSigningConfigArn: maybe(f.codeSigning, 'lambda:GetFunctionCodeSigningConfig'),
    },
  })
}

/** Lambda functions of one region → aws.lambda.function; failed per-function calls leave only that attribute Unknown. */
export function normalizeLambda(raw: LambdaRaw, scope: NormalizeScope): Resource<LambdaFunctionAttributes>[] {
  return raw.functions.map((f) => fn(f, scope))
}
