import { defineCheck } from '../../../evaluate/define-check.js'
import { AZURE_MANAGEMENT_TYPES, type DefenderSettingsAttributes } from '../../../normalize/azure/types-management.js'
import { contactRemediation, contactsOf } from '../../_shared/azure-defender.js'

/** Defender for Cloud must have an email address to send security alerts to (CIS Azure Foundations v2.0 2.1.19). */
export default defineCheck<DefenderSettingsAttributes>({
  id: 'azure-defender-security-contact-email',
  title: 'Microsoft Defender for Cloud has a security contact email address',
  resourceType: AZURE_MANAGEMENT_TYPES.defenderSettings,
  severity: 'medium',
  categories: ['threat-detection'],
  rationale:
    'Microsoft uses the security contact to reach the organization about compromised resources, and Defender for Cloud emails alerts to ' +
    'it; without an address, alerts wait in the portal until someone happens to look.',
  remediation: contactRemediation(
    "In Defender for Cloud > Environment settings > <subscription> > Email notifications, add the security team's address under Additional email addresses.",
  ),
  evaluate(res, result) {
    const contacts = contactsOf(res)
    const withEmail = contacts.find((c) => c.emails.length > 0)
    if (withEmail) return result.pass(`Subscription ${res.account} sends Defender for Cloud notifications to ${withEmail.emails.join(', ')}.`)
    return contacts.length === 0
      ? result.fail(`Subscription ${res.account} has no Defender for Cloud security contact.`)
      : result.fail(`The Defender for Cloud security contact of subscription ${res.account} lists no email address.`)
  },
})
