/**
 * Azure resources in the shared model. Conventions: `uid` is the Resource Manager id in lower case (ARM ids are
 * case-insensitive and APIs return them in mixed case, so relations only match once folded); `account` is the
 * subscription id; `region` is the location in ARM form (eastus, westeurope) or 'global'; `name` is the resource name;
 * tags are ARM tags. Attribute conventions as for AWS: `null` = known absent, `Maybe<T>` = may be Unknown, ISO dates.
 * Each service group declares its own types and type ids in types-<group>.ts.
 */
export type * from './types-storage.js'
export type * from './types-compute.js'
export type * from './types-databases.js'
export type * from './types-management.js'

/** Type ids the scan runner itself produces. */
export const AZURE_CORE = {
  subscription: 'azure.subscription',
} as const

/** The subscription: one per scanned subscription; subscription-wide checks (alerts, Defender, watchers) run on it. */
export interface AzureSubscriptionAttributes {
  subscriptionId: string
  displayName: string
  /** Enabled, Warned, PastDue, Disabled, Deleted. */
  state: string
  tenantId: string
}
