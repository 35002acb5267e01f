import { AccountClient, GetAlternateContactCommand, type AlternateContact, type AlternateContactType } from '@aws-sdk/client-account'
import type { CallResult } from '../collector.js'
import type { AwsCollector } from './module.js'

export type { AlternateContact }

/** Raw alternate contacts of the scanned account; null = that contact type is not registered. */
export interface AccountRaw {
  security: CallResult<AlternateContact | null>
  billing: CallResult<AlternateContact | null>
  operations: CallResult<AlternateContact | null>
}

/** Uid of the account-contacts resource (must match the normalizer's settingUid). */
export function accountContactsUid(account: string): string {
  return `aws:${account}:global:account-contacts`
}

/** The security, billing and operations alternate contacts of the account (Account Management API). */
export const accountCollector: AwsCollector<AccountRaw> = {
  service: 'account',
  scope: 'global',
  produces: ['aws.account.contacts'],
  async collect(ctx, session) {
    const client = session.client(AccountClient, session.homeRegion)
    const resource = accountContactsUid(ctx.account)
    // ResourceNotFoundException = no alternate contact of that type (Account API reference, GetAlternateContact).
    const contact = (type: AlternateContactType) =>
      ctx.call(
        'GetAlternateContact',
        async (abortSignal) =>
          (await client.send(new GetAlternateContactCommand({ AlternateContactType: type }), { abortSignal })).AlternateContact ?? null,
        { resource, absentOn: ['ResourceNotFoundException'] },
      )
    const [security, billing, operations] = await Promise.all([contact('SECURITY'), contact('BILLING'), contact('OPERATIONS')])
    return { security, billing, operations }
  },
}
