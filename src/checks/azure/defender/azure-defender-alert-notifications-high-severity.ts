import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { contactRemediation, contactsOf } from '../../_shared/azure-defender.js'

/** Minimal severities that include High alerts (Defender sends alerts of the minimal severity and above). */
const INCLUDES_HIGH = new Set(['high', 'medium', 'low'])

/** Defender for Cloud must email high-severity alerts (CIS Azure Foundations v2.0 2.1.18). */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-alert-notifications-high-severity',
  title: 'Microsoft Defender for Cloud emails alerts of high severity',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'High-severity alerts signal a likely compromise (ransomware behaviour, credential theft, crypto mining); when alert emails are off ' +
    'they only appear in the portal, and the first hours of an incident pass unnoticed.',
  remediation: contactRemediation(
    'In Defender for Cloud > Environment settings > <subscription> > Email notifications, turn on "Notify about alerts with the following severity (or higher)" and choose High (or lower).',
  ),
  evaluate(res, result) {
    const contacts = contactsOf(res)
    const on = contacts.find(
      (c) => c.alertNotifications?.state.toLowerCase() === 'on' && INCLUDES_HIGH.has((c.alertNotifications.minimalSeverity ?? '').toLowerCase()),
    )
    if (on)
      return result.pass(
        `Subscription ${res.account} emails Defender for Cloud alerts of severity ${on.alertNotifications!.minimalSeverity} and above.`,
      )
    if (contacts.length === 0) return result.fail(`Subscription ${res.account} has no Defender for Cloud security contact, so no alert is emailed.`)
    const seen = contacts
      .map((c) =>
        c.alertNotifications
          ? `${c.alertNotifications.state}${c.alertNotifications.minimalSeverity ? ` (${c.alertNotifications.minimalSeverity})` : ''}`
          : 'not configured',
      )
      .join(', ')
    return result.fail(`Defender for Cloud alert emails of subscription ${res.account} do not include high severity: alert notifications ${seen}.`)
  },
})
