import { SecurityCenter, type Pricing } from '@azure/arm-security'
import { createSerializer, type OperationSpec } from '@azure/core-client'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'

/**
 * A security contact in the documented 2020-01-01-preview shape
 * (https://learn.microsoft.com/rest/api/defenderforcloud/security-contacts/list?view=rest-defenderforcloud-2020-01-01-preview).
 */
export interface SecurityContactRaw {
  id?: string
  name?: string
  properties?: {
    /** Semicolon-separated email addresses. */
    emails?: string
    phone?: string
    alertNotifications?: { state?: string; minimalSeverity?: string }
    notificationsByRole?: { state?: string; roles?: string[] }
  }
}

/** Raw Defender for Cloud data of one subscription. */
export interface DefenderRaw {
  pricings: CallResult<Pricing[] | null>
  securityContacts: CallResult<SecurityContactRaw[] | null>
}

/**
 * Security contacts are read with api-version 2020-01-01-preview: @azure/arm-security 5 pins 2017-08-01-preview,
 * whose contacts have one email and On/Off switches but no minimal alert severity and no notification roles.
 */
const CONTACTS_API_VERSION = '2020-01-01-preview'
/** OperationSpec requires a serializer; with no parameter or body mappers in the spec it is never consulted. */
const SERIALIZER = createSerializer({}, false)

/** The per-subscription resource's uid (as the normalizer builds it, see types-management.ts). */
function settingsUid(subscription: string): string {
  return `/subscriptions/${subscription}/providers/microsoft.security/pricings`.toLowerCase()
}

/** One page of an ARM list. */
interface ListPage<T> {
  value?: T[]
  nextLink?: string
}

/**
 * GETs an absolute URL through the client's pipeline (auth, retries on 429 and transient failures, the request
 * counter) and returns the JSON body as sent; an ARM error answer throws a RestError with the service's code.
 */
async function getJson<T>(client: SecurityCenter, url: string, abortSignal: AbortSignal): Promise<T> {
  const spec: OperationSpec = { path: url, httpMethod: 'GET', responses: { 200: {}, default: {} }, serializer: SERIALIZER }
  let body: unknown
  await client.sendOperationRequest({ options: { abortSignal, onResponse: (raw) => void (body = raw.parsedBody as unknown) } }, spec)
  return body as T
}

/** Every security contact of the subscription, following nextLink. */
async function listSecurityContacts(client: SecurityCenter, endpoint: string, subscription: string, abortSignal: AbortSignal) {
  const out: SecurityContactRaw[] = []
  let url: string | undefined =
    `${endpoint}/subscriptions/${subscription}/providers/Microsoft.Security/securityContacts?api-version=${CONTACTS_API_VERSION}`
  while (url) {
    const page: ListPage<SecurityContactRaw> | undefined = await getJson(client, url, abortSignal)
    out.push(...(page?.value ?? []))
    url = page?.nextLink || undefined
  }
  return out
}

/** Defender for Cloud plans (pricings.list, api-version 2022-03-01) and security contacts of a subscription. */
export const defenderCollector: AzureCollector<DefenderRaw> = {
  service: 'defender',
  scope: 'global',
  produces: ['azure.defender.settings'],
  async collect(ctx, session) {
    const client = session.client(SecurityCenter, ctx.account)
    const resource = settingsUid(ctx.account)
    const [pricings, securityContacts] = await Promise.all([
      ctx.call('pricings.list', async (abortSignal) => (await client.pricings.list({ abortSignal })).value ?? [], { resource }),
      ctx.call('securityContacts.list', (abortSignal) => listSecurityContacts(client, session.endpoint, ctx.account, abortSignal), { resource }),
    ])
    return { pricings, securityContacts }
  },
}
