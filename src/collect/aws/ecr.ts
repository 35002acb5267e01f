import {
  ECRClient,
  paginateDescribeRepositories,
  GetRepositoryPolicyCommand,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  type Repository,
  type RegistryScanningConfiguration,
} from '@aws-sdk/client-ecr'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads (normalize/ does not import SDKs itself). */
export type { Repository, RegistryScanningConfiguration } from '@aws-sdk/client-ecr'

/** Raw ECR data of one region: repositories with their policies, and the registry's scanning configuration. */
export interface EcrRaw {
  repositories: { repository: Repository; policy: CallResult<string | null>; lifecyclePolicy: CallResult<string | null> }[]
  registryScanning: CallResult<RegistryScanningConfiguration | null>
}

const TYPES = ['aws.ecr.repository']

/** ECR private repositories (scanning, tag mutability, encryption) with repository and lifecycle policies. */
export const ecrCollector: AwsCollector<EcrRaw> = {
  service: 'ecr',
  scope: 'regional',
  produces: TYPES,
  async collect(ctx, session) {
    const ecr = session.client(ECRClient, ctx.region)
    const list = await ctx.paginate(
      'DescribeRepositories',
      (abortSignal) => paginateDescribeRepositories({ client: ecr }, {}, { abortSignal }),
      (p) => p.repositories,
      { affects: TYPES },
    )
    // Without repositories the registry setting has nothing to apply to, so it is not read.
    if (!list.ok || list.value.length === 0) return { repositories: [], registryScanning: { ok: true, value: null } }
    // One registry-wide setting: its failure leaves only the scanning attribute of the region's repositories Unknown.
    // Same string as settingUid(account, region, 'ecr-registry-scanning') in normalize/aws/types.ts.
    const registryScanning = await ctx.call(
      'GetRegistryScanningConfiguration',
      async (abortSignal) => (await ecr.send(new GetRegistryScanningConfigurationCommand({}), { abortSignal })).scanningConfiguration ?? null,
      { resource: `aws:${ctx.account}:${ctx.region}:ecr-registry-scanning` },
    )
    const repositories = await mapLimit(list.value, 8, async (repository) => {
      const repositoryName = repository.repositoryName
      const resource = repository.repositoryArn ?? repositoryName
      const [policy, lifecyclePolicy] = await Promise.all([
        ctx.call(
          'GetRepositoryPolicy',
          async (abortSignal) => (await ecr.send(new GetRepositoryPolicyCommand({ repositoryName }), { abortSignal })).policyText ?? null,
          { resource, absentOn: ['RepositoryPolicyNotFoundException'] },
        ),
        ctx.call(
          'GetLifecyclePolicy',
          async (abortSignal) => (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName }), { abortSignal })).lifecyclePolicyText ?? null,
          { resource, absentOn: ['LifecyclePolicyNotFoundException'] },
        ),
      ])
      return { repository, policy, lifecyclePolicy }
    })
    return { repositories, registryScanning }
  },
}
