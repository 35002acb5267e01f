import type { Resource } from '../../core/resource.js'
import { unknown, type Maybe } from '../../core/unknown.js'
import type { CallResult } from '../../collect/collector.js'
import type { AccountRaw, AlternateContact as RawContact } from '../../collect/aws/account.js'
import { AWS, settingUid, type AccountContactsAttributes, type AlternateContact } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/** A GetAlternateContact answer as a Maybe contact (null = not registered); the phone number is dropped. */
function contactOf(r: CallResult<RawContact | null>): Maybe<AlternateContact | null> {
  if (!r.ok) return unknown(`account:GetAlternateContact: ${r.reason}`)
  const c = r.value
  if (c === null) return null
  return { name: c.Name ?? null, title: c.Title ?? null, emailAddress: c.EmailAddress ?? null }
}

/** Alternate contacts → one aws.account.contacts per account (always emitted; failed calls leave a contact Unknown). */
export function normalizeAccount(raw: AccountRaw, scope: NormalizeScope): Resource<AccountContactsAttributes>[] {
  return [
    awsResource<AccountContactsAttributes>({
      uid: settingUid(scope.account, 'global', 'account-contacts'),
      type: AWS.accountContacts,
      account: scope.account,
      region: 'global',
      name: 'account-contacts',
      attributes: { security: contactOf(raw.security), billing: contactOf(raw.billing), operations: contactOf(raw.operations) },
    }),
  ]
}
