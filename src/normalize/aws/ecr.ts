import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { EcrRaw, RegistryScanningConfiguration } from '../../collect/aws/ecr.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, type EcrRegistryScanning, type EcrRepositoryAttributes } from './types.js'
import { awsResource, maybePolicy, type NormalizeScope } from './helpers.js'

/** The registry scanning configuration; without one, the registry uses basic scanning and no rules. */
function registryScanning(r: CallResult<RegistryScanningConfiguration | null>): Maybe<EcrRegistryScanning> {
  if (!r.ok) return unknown(`ecr:GetRegistryScanningConfiguration: ${r.reason}`)
  return {
    scanType: r.value?.scanType ?? 'BASIC',
    rules: (r.value?.rules ?? []).map((rule) => ({
      frequency: rule.scanFrequency ?? 'MANUAL',
      filters: (rule.repositoryFilters ?? []).map((f) => f.filter ?? '').filter(Boolean),
    })),
  }
}

/** Number of rules of a lifecycle policy; null = none; Unknown when the call failed or the text is not JSON. */
function lifecyclePolicy(r: CallResult<string | null>): EcrRepositoryAttributes['lifecyclePolicy'] {
  if (!r.ok) return unknown(`ecr:GetLifecyclePolicy: ${r.reason}`)
  if (!r.value) return null
  try {
    const doc = JSON.parse(r.value) as { rules?: unknown }
    return { ruleCount: Array.isArray(doc.rules) ? doc.rules.length : 0 }
  } catch (err) {
    return unknown(`ecr:GetLifecyclePolicy: policy is not valid JSON (${(err as Error).message})`)
  }
}

/** ECR repositories of one region → aws.ecr.repository, each with the registry's scanning configuration. */
export function normalizeEcr(raw: EcrRaw, scope: NormalizeScope): Resource<EcrRepositoryAttributes>[] {
  const scanning = registryScanning(raw.registryScanning)
  return raw.repositories.map(({ repository: r, policy, lifecyclePolicy: lifecycle }) => {
    const name = r.repositoryName ?? ''
    const kmsKey = r.encryptionConfiguration?.kmsKey ?? null
    return awsResource<EcrRepositoryAttributes>({
      uid: r.repositoryArn ?? `arn:${partitionOf(scope.region)}:ecr:${scope.region}:${r.registryId ?? scope.account}:repository/${name}`,
      type: AWS.ecrRepository,
      account: scope.account,
      region: scope.region,
      name,
      relations: kmsKey ? [{ kind: 'uses-kms-key', target: kmsKey }] : [],
      attributes: {
        repositoryName: name,
        repositoryUri: r.repositoryUri ?? null,
        imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
        scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false,
        encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
        kmsKey,
        policy: maybePolicy(policy, 'ecr:GetRepositoryPolicy'),
        lifecyclePolicy: lifecyclePolicy(lifecycle),
        registryScanning: scanning,
      },
    })
  })
}
