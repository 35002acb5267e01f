import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type AccountContactsAttributes } from '../../../normalize/aws/types.js'

/** The account should register a security alternate contact, so AWS security notices reach the security team (CIS 1.2). */
export default defineCheck<AccountContactsAttributes>({
  id: 'aws-account-security-contact-registered',
  title: 'AWS account has a security alternate contact registered',
  resourceType: AWS.accountContacts,
  severity: 'low',
  categories: ['threat-detection'],
  rationale:
    'AWS sends security notifications (exposed access keys found on GitHub, abuse reports, compromised instances) to the security ' +
    'contact; without one they go only to the root email address, which is often an unmonitored mailbox, and the response is delayed.',
  remediation: {
    steps: [
      'In the console under Account > Alternate contacts, set the Security contact to a monitored team mailbox and phone number.',
      'For organizations, set it centrally from the management account for every member account.',
    ],
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security team" --title "Security" --email-address security@example.com --phone-number "+1-555-0100"',
    terraform: 'aws_account_alternate_contact: alternate_contact_type = "SECURITY", name, title, email_address, phone_number.',
    references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html'],
  },
  evaluate(contacts, result) {
    const security = known(contacts.attributes.security, `security contact of account ${contacts.account}`)
    return security === null
      ? result.fail(`Account ${contacts.account} has no security alternate contact.`)
      : result.pass(`Account ${contacts.account} has a security contact registered${security.emailAddress ? ` (${security.emailAddress})` : ''}.`)
  },
})
