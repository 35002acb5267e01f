import { describe, expect, it } from 'vitest'
import { AWS } from '../../normalize/aws/types.js'
import { adapterIndex, ADAPTERS } from './index.js'
import { adapters } from './containers.js'

/** The normalized types of the containers group: each is made from Terraform and from CloudFormation. */
const TYPES = [
  AWS.ecsCluster,
  AWS.ecsTaskDefinition,
  AWS.ecsService,
  AWS.ecrRepository,
  AWS.eksCluster,
  AWS.eksNodegroup,
  AWS.codebuildProject,
  AWS.codebuildSourceCredentials,
  AWS.sagemakerNotebookInstance,
  AWS.sagemakerModel,
  AWS.sagemakerEndpointConfig,
  AWS.sagemakerNotebookLifecycleConfig,
  AWS.glueJob,
  AWS.glueDataCatalogEncryption,
  AWS.glueConnection,
]

describe('containers adapters', () => {
  it.each(['terraform', 'cloudformation'] as const)('produce every type of the group from %s', (language) => {
    const produced = new Set(adapters.filter((a) => a.language === language).flatMap((a) => a.produces))
    expect([...produced].sort()).toEqual([...TYPES].sort())
  })

  it('handle each IaC type once across all groups', () => {
    const index = adapterIndex(ADAPTERS)
    const mine = adapters.flatMap((a) => a.types.map((t) => `${a.language}:${t}`))
    expect(mine.filter((key) => (index.get(key)?.length ?? 0) !== 1)).toEqual([])
  })
})
