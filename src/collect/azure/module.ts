import type { Collector } from '../collector.js'
import type { AzureSession } from './session.js'

/**
 * An Azure collector: one service's discovery for one subscription (`ctx.account` is the subscription id and
 * `ctx.region` is 'global': Resource Manager lists are subscription-wide and each resource carries its location).
 * Clients come from the session: `session.client(StorageManagementClient, ctx.account)`.
 */
export type AzureCollector<Raw> = Collector<AzureSession, Raw>
