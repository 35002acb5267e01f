/**
 * ECR repositories from code. A Terraform repository is assembled from `aws_ecr_repository`, its
 * `aws_ecr_repository_policy` and `aws_ecr_lifecycle_policy`; a CloudFormation one carries both inline. The
 * registry scanning configuration is the one declared in the same code (`aws_ecr_registry_scanning_configuration`,
 * `AWS::ECR::RegistryScanningConfiguration`), else the registry default: basic scanning and no rules
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html), as the live normalizer assumes.
 * Other defaults are CreateRepository's: tags MUTABLE, scan on push off, AES256 encryption.
 */
import { isUnknown, type Maybe } from '../../core/unknown.js'
import { AWS, type EcrRegistryScanning, type EcrRepositoryAttributes } from '../../normalize/aws/types.js'
import { partsAdapter, type AdaptContext, type AdaptedResource, type Adapter, type IacResource } from '../model.js'
import { block, blocks, bool, cfnTags, list, obj, policyOf, str, tfTags, unseen } from './values.js'
import { idOf, jsonOf, nameOf, relationTo } from './containers-values.js'

type Values = Readonly<Record<string, unknown>>

const DEFAULT_SCANNING: EcrRegistryScanning = { scanType: 'BASIC', rules: [] }

/** Rule count of a lifecycle policy document; null when none is set. */
function lifecycle(v: unknown): EcrRepositoryAttributes['lifecyclePolicy'] {
  const doc = jsonOf(v, 'lifecycle policy')
  if (isUnknown(doc) || doc === null) return doc
  const o = obj(doc)
  if (isUnknown(o)) return o
  const rules = list(o?.rules)
  return isUnknown(rules) ? rules : { ruleCount: rules.length }
}

/** Scanning rules of a registry scanning configuration, in either language's field names. */
function scanning(
  scanType: unknown,
  rules: Maybe<readonly Values[]>,
  f: { freq: string; filters: string; filter: string },
): Maybe<EcrRegistryScanning> {
  const type = str(scanType, 'BASIC')
  if (isUnknown(type)) return type
  if (isUnknown(rules)) return rules
  const out: EcrRegistryScanning['rules'] = []
  for (const rule of rules) {
    const frequency = str(rule[f.freq], 'MANUAL')
    if (isUnknown(frequency)) return frequency
    const filterList = list(rule[f.filters])
    if (isUnknown(filterList)) return filterList
    const filters: string[] = []
    for (const item of filterList) {
      const o = obj(item)
      const filter = isUnknown(o) ? o : str(o?.[f.filter], null)
      if (isUnknown(filter)) return filter
      if (filter) filters.push(filter)
    }
    out.push({ frequency, filters })
  }
  return { scanType: type, rules: out }
}

function tfScanning(ctx: AdaptContext): Maybe<EcrRegistryScanning> {
  const config = ctx.ofType('aws_ecr_registry_scanning_configuration')[0]
  if (!config) return DEFAULT_SCANNING
  return scanning(config.values.scan_type, blocks(config.values, 'rule'), { freq: 'scan_frequency', filters: 'repository_filter', filter: 'filter' })
}

function cfnScanning(ctx: AdaptContext): Maybe<EcrRegistryScanning> {
  const config = ctx.ofType('AWS::ECR::RegistryScanningConfiguration')[0]
  if (!config) return DEFAULT_SCANNING
  const rules = list(config.values.Rules)
  const objects = isUnknown(rules) ? rules : rules.filter((x): x is Values => typeof x === 'object' && x !== null && !isUnknown(x))
  return scanning(config.values.ScanType, objects, { freq: 'ScanFrequency', filters: 'RepositoryFilters', filter: 'Filter' })
}

/** Encryption type and key of an encryption configuration (null = not written). */
function encryption(
  config: Maybe<Values | null>,
  typeKey: string,
  keyKey: string,
  ctx: AdaptContext,
): { type: Maybe<string>; key: Maybe<string | null>; keyValue: unknown } {
  if (isUnknown(config)) return { type: config, key: config, keyValue: undefined }
  const type = str(config?.[typeKey], 'AES256')
  const keyValue = config?.[keyKey]
  // KMS without a key uses the AWS managed key aws/ecr; its ARN exists only once created, so it stays null.
  return { type, key: idOf(keyValue, ctx), keyValue }
}

function repository(
  r: IacResource,
  fields: { name: string; mutability: unknown; scanOnPush: Maybe<boolean | null>; enc: ReturnType<typeof encryption> },
  policy: EcrRepositoryAttributes['policy'],
  lifecyclePolicy: EcrRepositoryAttributes['lifecyclePolicy'],
  registryScanning: Maybe<EcrRegistryScanning>,
  ctx: AdaptContext,
  tags: Record<string, string>,
): AdaptedResource<EcrRepositoryAttributes>[] {
  const attributes: EcrRepositoryAttributes = {
    repositoryName: fields.name,
    repositoryUri: null,
    imageTagMutability: unseen(str(fields.mutability, 'MUTABLE')),
    scanOnPush: unseen(isUnknown(fields.scanOnPush) ? fields.scanOnPush : fields.scanOnPush === true),
    encryptionType: unseen(fields.enc.type),
    kmsKey: unseen(fields.enc.key),
    policy,
    lifecyclePolicy,
    registryScanning,
  }
  return [{ type: AWS.ecrRepository, name: fields.name, tags, attributes, relations: relationTo('uses-kms-key', fields.enc.keyValue, ctx) }]
}

function tfRepository(r: IacResource, ctx: AdaptContext): AdaptedResource<EcrRepositoryAttributes>[] {
  const v = r.values
  const name = nameOf(r, 'name')
  const literal = str(v.name, null)
  const ids = typeof literal === 'string' ? [literal] : []
  const scan = block(v, 'image_scanning_configuration')
  const enc = block(v, 'encryption_configuration')
  const policyRes = ctx.referencing('aws_ecr_repository_policy', 'repository', r, ids)[0]
  const lifecycleRes = ctx.referencing('aws_ecr_lifecycle_policy', 'repository', r, ids)[0]
  return repository(
    r,
    {
      name,
      mutability: v.image_tag_mutability,
      scanOnPush: isUnknown(scan) ? scan : bool(scan?.scan_on_push, false),
      enc: encryption(enc, 'encryption_type', 'kms_key', ctx),
    },
    policyOf(policyRes?.values.policy),
    lifecycle(lifecycleRes?.values.policy),
    tfScanning(ctx),
    ctx,
    tfTags(v),
  )
}

function cfnRepository(r: IacResource, ctx: AdaptContext): AdaptedResource<EcrRepositoryAttributes>[] {
  const v = r.values
  const scan = obj(v.ImageScanningConfiguration)
  const lc = obj(v.LifecyclePolicy)
  return repository(
    r,
    {
      name: nameOf(r, 'RepositoryName'),
      mutability: v.ImageTagMutability,
      scanOnPush: isUnknown(scan) ? scan : bool(scan?.ScanOnPush, false),
      enc: encryption(obj(v.EncryptionConfiguration), 'EncryptionType', 'KmsKey', ctx),
    },
    policyOf(v.RepositoryPolicyText),
    isUnknown(lc) ? lc : lifecycle(lc?.LifecyclePolicyText),
    cfnScanning(ctx),
    ctx,
    cfnTags(v),
  )
}

/** ECR adapters (Terraform and CloudFormation). */
export const ecrAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_ecr_repository'], produces: [AWS.ecrRepository], adapt: tfRepository },
  { language: 'cloudformation', types: ['AWS::ECR::Repository'], produces: [AWS.ecrRepository], adapt: cfnRepository },
  // Read as parts of the repositories they configure.
  partsAdapter('terraform', ['aws_ecr_repository_policy', 'aws_ecr_lifecycle_policy', 'aws_ecr_registry_scanning_configuration']),
  partsAdapter('cloudformation', ['AWS::ECR::RegistryScanningConfiguration']),
]
