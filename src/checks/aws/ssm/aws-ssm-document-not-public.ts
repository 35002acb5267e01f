import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SsmDocumentAttributes } from '../../../normalize/aws/types.js'

/** SSM documents the account owns must not be shared publicly: they often embed scripts, hostnames and internal paths. */
export default defineCheck<SsmDocumentAttributes>({
  id: 'aws-ssm-document-not-public',
  title: 'SSM document owned by the account is not shared publicly',
  resourceType: AWS.ssmDocument,
  severity: 'critical',
  categories: ['data-exposure'],
  rationale:
    'A public SSM document can be read (and run against their own instances) by every AWS account. Command and Automation documents ' +
    'commonly contain internal script logic, bucket names, hostnames and sometimes credentials, which then leak to anyone who searches for them.',
  remediation: {
    steps: [
      'Remove "all" from the document\'s share permissions; share with named accounts only if needed.',
      'Block public sharing of SSM documents in every region (service setting /ssm/documents/console/public-sharing-permission = Disable).',
    ],
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove All',
    terraform: 'aws_ssm_document: remove "All" from permissions.account_ids (or remove the permissions block).',
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html'],
  },
  evaluate(doc, result) {
    const { documentName } = doc.attributes
    const shared = known(doc.attributes.sharedWith, `share permissions of document ${documentName}`)
    return shared.some((a) => a.toLowerCase() === 'all')
      ? result.fail(`Document ${documentName} is shared publicly (share permission "all").`)
      : result.pass(`Document ${documentName} is not shared publicly${shared.length > 0 ? ` (shared with ${shared.length} account(s))` : ''}.`)
  },
})
