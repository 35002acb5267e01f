import type { Adapter } from '../model.js'
import { clusterAdapters } from './databases-clusters.js'
import { elasticacheAdapters } from './databases-elasticache.js'
import { mskAdapters } from './databases-msk.js'
import { rdsAdapters } from './databases-rds.js'
import { redshiftAdapters } from './databases-redshift.js'

/** Adapters of the databases group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [...rdsAdapters, ...clusterAdapters, ...redshiftAdapters, ...elasticacheAdapters, ...mskAdapters]
