import type { AwsServiceModule } from './aws-module.js'
import { mod } from './aws-module.js'
import { ecsCollector } from '../collect/aws/ecs.js'
import { eksCollector } from '../collect/aws/eks.js'
import { codebuildCollector } from '../collect/aws/codebuild.js'
import { normalizeEcs } from '../normalize/aws/ecs.js'
import { normalizeEks } from '../normalize/aws/eks.js'
import { normalizeCodebuild } from '../normalize/aws/codebuild.js'

/** ECS, EKS, CodeBuild: collector/normalizer pairs, in the order progress shows them. */
export const CONTAINERS_MODULES: readonly AwsServiceModule[] = [
  mod(ecsCollector, normalizeEcs),
  mod(eksCollector, normalizeEks),
  mod(codebuildCollector, normalizeCodebuild),
]
