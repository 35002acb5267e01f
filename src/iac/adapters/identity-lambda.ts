/**
 * Lambda functions from code. A function is assembled from its own block and the resources that configure it:
 * permissions (its resource policy), the unqualified function URL and the $LATEST event invoke configuration
 * (on-failure destination). Environment values are reduced to names and secret hits, as the live normalizer does.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { AWS, type LambdaFunctionAttributes, type PolicyStatement } from '../../normalize/aws/types.js'
import { findSecretsInVariables, type SecretHit } from '../../normalize/secrets.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { AFTER_APPLY, conditionValue, configuring, firstBlock, linkTo, literal, maybeLinkTo, nameOf, principalElement } from './identity-common.js'
import { cfnTags, isUnset, list, obj, str, tfTags, unseen } from './values.js'

type Values = Readonly<Record<string, unknown>>

/** Field names of one language for the parts of a function. */
interface Dialect {
  permission: { type: string; fn: string; qualifier: string; principal: string; action: string; sid: string }
  permissionConditions: Record<string, [operator: string, key: string]>
  url: { type: string; fn: string; qualifier: string; auth: string }
  invoke: { type: string; fn: string; qualifier: string }
}

const TF: Dialect = {
  permission: {
    type: 'aws_lambda_permission',
    fn: 'function_name',
    qualifier: 'qualifier',
    principal: 'principal',
    action: 'action',
    sid: 'statement_id',
  },
  permissionConditions: {
    source_arn: ['ArnLike', 'AWS:SourceArn'],
    source_account: ['StringEquals', 'AWS:SourceAccount'],
    principal_org_id: ['StringEquals', 'aws:PrincipalOrgID'],
    function_url_auth_type: ['StringEquals', 'lambda:FunctionUrlAuthType'],
  },
  url: { type: 'aws_lambda_function_url', fn: 'function_name', qualifier: 'qualifier', auth: 'authorization_type' },
  invoke: { type: 'aws_lambda_function_event_invoke_config', fn: 'function_name', qualifier: 'qualifier' },
}

const CFN: Dialect = {
  permission: { type: 'AWS::Lambda::Permission', fn: 'FunctionName', qualifier: '', principal: 'Principal', action: 'Action', sid: '' },
  permissionConditions: {
    SourceArn: ['ArnLike', 'AWS:SourceArn'],
    SourceAccount: ['StringEquals', 'AWS:SourceAccount'],
    PrincipalOrgID: ['StringEquals', 'aws:PrincipalOrgID'],
    FunctionUrlAuthType: ['StringEquals', 'lambda:FunctionUrlAuthType'],
  },
  url: { type: 'AWS::Lambda::Url', fn: 'TargetFunctionArn', qualifier: 'Qualifier', auth: 'AuthType' },
  invoke: { type: 'AWS::Lambda::EventInvokeConfig', fn: 'FunctionName', qualifier: 'Qualifier' },
}

/** True for the unqualified function (or $LATEST), which is what the live collector reads. */
function unqualified(r: IacResource, field: string): boolean {
  if (field === '') return true
  const q = r.values[field]
  return isUnset(q) || q === '$LATEST'
}

/** How a function is designated by the resources configuring it: by reference, name, or unqualified ARN. */
function partsOf(ctx: AdaptContext, fn: IacResource, name: string, type: string, field: string, qualifier: string): IacResource[] {
  const literals = name === fn.address ? [] : [name]
  const suffixes = name === fn.address ? [] : [`:function:${name}`]
  return configuring(ctx, type, field, fn, literals, suffixes).filter((r) => unqualified(r, qualifier))
}

/** One permission as the statement Lambda adds to the function policy (AddPermission). */
function permissionStatement(ctx: AdaptContext, p: IacResource, d: Dialect, resource: string): Maybe<PolicyStatement> {
  const principal = str(p.values[d.permission.principal], null)
  const action = str(p.values[d.permission.action], 'lambda:InvokeFunction')
  if (isUnknown(principal)) return principal
  if (isUnknown(action)) return action
  if (principal === null) return unknown(`${p.address} names no principal`)
  const condition: Record<string, Record<string, string>> = {}
  for (const [field, [operator, key]] of Object.entries(d.permissionConditions)) {
    const value = conditionValue(ctx, p.values[field], `${p.address} ${field}`)
    if (isUnknown(value)) return value
    if (value !== null) condition[operator] = { ...condition[operator], [key]: value }
  }
  const sid = literal(d.permission.sid ? p.values[d.permission.sid] : undefined) ?? p.address
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: principalElement(principal),
    Action: action,
    Resource: resource,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  }
}

/** A probe value that counts as a secret under a secret-like variable name only (high entropy, no token format). */
const SECRET_PROBE = 'q7Lr2xWv9KpZ4mTe'

/** Names and secrets of the environment variables; a value known only after apply under a secret-like name stays Unknown. */
function environmentOf(variables: unknown): { names: string[]; secrets: Maybe<SecretHit[] | null> } {
  const vars = obj(variables)
  if (isUnknown(vars)) return { names: [], secrets: vars }
  const entries = Object.entries(vars ?? {})
  if (entries.length === 0) return { names: [], secrets: null }
  const literals: Record<string, string> = {}
  const computed: string[] = []
  for (const [name, value] of entries) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') literals[name] = String(value)
    else computed.push(name)
  }
  const hits = findSecretsInVariables(literals, 'environment variable')
  // A value set at apply under a name such as DB_PASSWORD may be a plaintext secret: undecided, not clean.
  const undecided = computed.filter((name) => findSecretsInVariables({ [name]: SECRET_PROBE }, 'environment variable').length > 0)
  const secrets = hits.length === 0 && undecided.length > 0 ? unknown(`known only after apply: environment variable ${undecided.join(', ')}`) : hits
  return { names: entries.map(([n]) => n).sort(), secrets }
}

/** Written settings of a function, per language. */
interface FunctionSpec {
  name: unknown
  runtime: unknown
  packageType: unknown
  role: unknown
  variables: unknown
  kmsKeyArn: unknown
  tracingMode: unknown
  deadLetterTarget: unknown
  subnetIds: unknown
  securityGroupIds: unknown
  codeSigningConfigArn: unknown
  tags: Record<string, string>
}

function tfSpec(v: Values): FunctionSpec {
  const at = (blockName: string, field: string): unknown => {
    const b = firstBlock(v[blockName])
    return isUnknown(b) ? b : b?.[field]
  }
  return {
    name: v.function_name,
    runtime: v.runtime,
    packageType: v.package_type,
    role: v.role,
    variables: at('environment', 'variables'),
    kmsKeyArn: v.kms_key_arn,
    tracingMode: at('tracing_config', 'mode'),
    deadLetterTarget: at('dead_letter_config', 'target_arn'),
    subnetIds: at('vpc_config', 'subnet_ids'),
    securityGroupIds: at('vpc_config', 'security_group_ids'),
    codeSigningConfigArn: v.code_signing_config_arn,
    tags: tfTags(v),
  }
}

function cfnSpec(v: Values): FunctionSpec {
  const at = (objName: string, field: string): unknown => {
    const o = obj(v[objName])
    return isUnknown(o) ? o : o?.[field]
  }
  return {
    name: v.FunctionName,
    runtime: v.Runtime,
    packageType: v.PackageType,
    role: v.Role,
    variables: at('Environment', 'Variables'),
    kmsKeyArn: v.KmsKeyArn,
    tracingMode: at('TracingConfig', 'Mode'),
    deadLetterTarget: at('DeadLetterConfig', 'TargetArn'),
    subnetIds: at('VpcConfig', 'SubnetIds'),
    securityGroupIds: at('VpcConfig', 'SecurityGroupIds'),
    codeSigningConfigArn: v.CodeSigningConfigArn,
    tags: cfnTags(v),
  }
}

/** The VPC attachment: subnets as declared uids or literal ids; no subnet = not attached to a VPC. */
function vpcOf(ctx: AdaptContext, spec: FunctionSpec): Maybe<LambdaFunctionAttributes['vpc']> {
  const subnets = list(spec.subnetIds)
  const groups = list(spec.securityGroupIds)
  if (isUnknown(subnets)) return subnets
  if (subnets.length === 0) return null
  return {
    // The VPC id is derived by Lambda from the subnets.
    vpcId: AFTER_APPLY,
    subnetIds: subnets.map((s) => linkTo(ctx, s) ?? AFTER_APPLY),
    securityGroupIds: isUnknown(groups) ? [] : groups.map((g) => linkTo(ctx, g) ?? AFTER_APPLY),
  }
}

function adaptFunction(r: IacResource, ctx: AdaptContext, d: Dialect, spec: FunctionSpec): AdaptedResource<LambdaFunctionAttributes>[] {
  const name = nameOf(r, spec.name)
  const uid = ctx.uidOf(r)
  const packageType = str(spec.packageType, 'Zip')
  const runtime = packageType === 'Image' ? null : str(spec.runtime, null)
  const tracing = str(spec.tracingMode, 'PassThrough')
  const vpc = vpcOf(ctx, spec)
  const env = environmentOf(spec.variables)

  const statements: PolicyStatement[] = []
  let policy: LambdaFunctionAttributes['policy'] = null
  for (const p of partsOf(ctx, r, name, d.permission.type, d.permission.fn, d.permission.qualifier)) {
    const s = permissionStatement(ctx, p, d, uid)
    if (isUnknown(s)) {
      policy = s
      break
    }
    statements.push(s)
  }
  if (!isUnknown(policy) && statements.length > 0) policy = { Version: '2012-10-17', Statement: statements }

  const url = partsOf(ctx, r, name, d.url.type, d.url.fn, d.url.qualifier)[0]
  const authType = url ? str(url.values[d.url.auth], null) : null
  const functionUrl: LambdaFunctionAttributes['functionUrl'] = isUnknown(authType)
    ? authType
    : url
      ? { url: AFTER_APPLY, authType: authType ?? '' }
      : null

  const invoke = partsOf(ctx, r, name, d.invoke.type, d.invoke.fn, d.invoke.qualifier)[0]
  const onFailureDestination = invoke ? maybeLinkTo(ctx, onFailureOf(invoke), `${invoke.address} on-failure destination`) : null

  const attributes: LambdaFunctionAttributes = {
    functionName: name,
    // Fields typed without Unknown: a value the code leaves to apply time makes the checks reading it not evaluated.
    runtime: isUnknown(runtime) ? unseen<string>(runtime) : runtime,
    packageType: isUnknown(packageType) ? unseen<string>(packageType) : packageType,
    roleArn: linkTo(ctx, spec.role),
    lastModified: null,
    environmentVariableNames: env.names,
    environmentSecrets: env.secrets,
    kmsKeyArn: linkTo(ctx, spec.kmsKeyArn),
    tracingMode: isUnknown(tracing) ? unseen<string>(tracing) : tracing,
    deadLetterTargetArn: linkTo(ctx, spec.deadLetterTarget),
    onFailureDestination,
    vpc: isUnknown(vpc) ? unseen<LambdaFunctionAttributes['vpc']>(vpc) : vpc,
    policy,
    functionUrl,
    codeSigningConfigArn: maybeLinkTo(ctx, spec.codeSigningConfigArn, 'code signing configuration'),
  }
  return [{ type: AWS.lambdaFunction, name, tags: spec.tags, attributes, relations: relationsOf(ctx, spec) }]
}

/** The on-failure destination of an event invoke configuration, as written. */
function onFailureOf(invoke: IacResource): unknown {
  if (invoke.language === 'terraform') {
    const dc = firstBlock(invoke.values.destination_config)
    if (isUnknown(dc)) return dc
    const of = dc ? firstBlock(dc.on_failure) : null
    return isUnknown(of) ? of : of?.destination
  }
  const dc = obj(invoke.values.DestinationConfig)
  if (isUnknown(dc)) return dc
  const of = dc ? obj(dc.OnFailure) : null
  return isUnknown(of) ? of : of?.Destination
}

/** 'uses-role', 'uses-kms-key' and 'in-subnet' to declared resources (by uid) or literal ARNs. */
function relationsOf(ctx: AdaptContext, spec: FunctionSpec): { kind: string; target: string }[] {
  const out: { kind: string; target: string }[] = []
  const add = (kind: string, value: unknown, declaredOnly = false) => {
    const declared = ctx.resolve(value)
    if (declared) out.push({ kind, target: ctx.uidOf(declared) })
    else if (!declaredOnly && typeof value === 'string' && value.startsWith('arn:')) out.push({ kind, target: value })
  }
  add('uses-role', spec.role)
  add('uses-kms-key', spec.kmsKeyArn)
  const subnets = list(spec.subnetIds)
  // Literal subnet ids cannot be turned into ARNs without the account; the multi-AZ check then is not evaluated.
  if (!isUnknown(subnets)) for (const s of subnets) add('in-subnet', s, true)
  return out
}

/** Lambda adapters (Terraform and CloudFormation). */
export const lambdaAdapters: Adapter[] = [
  {
    language: 'terraform',
    types: ['aws_lambda_function'],
    produces: [AWS.lambdaFunction],
    adapt: (r, ctx) => adaptFunction(r, ctx, TF, tfSpec(r.values)),
  },
  {
    language: 'cloudformation',
    types: ['AWS::Lambda::Function'],
    produces: [AWS.lambdaFunction],
    adapt: (r, ctx) => adaptFunction(r, ctx, CFN, cfnSpec(r.values)),
  },
  // Read as parts of the function they configure.
  partsAdapter('terraform', ['aws_lambda_permission', 'aws_lambda_function_url', 'aws_lambda_function_event_invoke_config']),
  partsAdapter('cloudformation', ['AWS::Lambda::Permission', 'AWS::Lambda::Url', 'AWS::Lambda::EventInvokeConfig']),
]
