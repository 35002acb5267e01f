import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { contactRemediation, contactsOf } from '../../_shared/azure-defender.js'

/** Defender for Cloud alert emails must also reach the subscription Owners (CIS Azure Foundations v2.0 2.1.17). */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-owner-notifications',
  title: 'Microsoft Defender for Cloud emails alerts to subscription Owners',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'low',
  categories: ['threat-detection'],
  rationale:
    'Owners can act on any resource of the subscription; notifying them by role keeps alerts flowing when the contact list is stale or ' +
    'the listed team is unavailable.',
  remediation: contactRemediation(
    'In Defender for Cloud > Environment settings > <subscription> > Email notifications, select Owner under "All users with the following roles".',
  ),
  evaluate(res, result) {
    const contacts = contactsOf(res)
    const owners = contacts.find(
      (c) => c.notificationsByRole?.state.toLowerCase() === 'on' && c.notificationsByRole.roles.some((r) => r.toLowerCase() === 'owner'),
    )
    if (owners)
      return result.pass(`Subscription ${res.account} emails Defender for Cloud alerts to the roles ${owners.notificationsByRole!.roles.join(', ')}.`)
    if (contacts.length === 0)
      return result.fail(`Subscription ${res.account} has no Defender for Cloud security contact, so Owners are not notified.`)
    const seen = contacts
      .map((c) =>
        c.notificationsByRole ? `${c.notificationsByRole.state} for ${c.notificationsByRole.roles.join(', ') || 'no role'}` : 'not configured',
      )
      .join('; ')
    return result.fail(`Defender for Cloud alert emails of subscription ${res.account} do not reach Owners: notifications by role ${seen}.`)
  },
})
