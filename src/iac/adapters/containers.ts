import type { Adapter } from '../model.js'
import { codebuildAdapters } from './containers-codebuild.js'
import { ecrAdapters } from './containers-ecr.js'
import { ecsAdapters } from './containers-ecs.js'
import { eksAdapters } from './containers-eks.js'
import { glueAdapters } from './containers-glue.js'
import { sagemakerAdapters } from './containers-sagemaker.js'

/** Adapters of the containers group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [...ecsAdapters, ...ecrAdapters, ...eksAdapters, ...codebuildAdapters, ...sagemakerAdapters, ...glueAdapters]
