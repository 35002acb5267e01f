import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SsmDocumentAttributes } from '../../../normalize/aws/types.js'
import { sharedListVerdict } from '../../_shared/cross-account.js'

/** SSM documents should be shared only with accounts of the organization (or partners declared trusted). */
export default defineCheck<SsmDocumentAttributes>({
  id: 'aws-ssm-document-not-shared-outside-organization',
  title: 'SSM document is not shared with accounts outside the organization',
  resourceType: AWS.ssmDocument,
  severity: 'high',
  categories: ['data-exposure'],
  rationale:
    'A document shared with another AWS account can be read and run by every principal that account allows: its scripts, parameters ' +
    'and any embedded names or secrets are then in the hands of a party outside your organization and its controls.',
  remediation: {
    steps: [
      "Remove accounts that are not part of your AWS Organization from the document's share permissions.",
      'If a partner account needs the document, declare it as trusted in the Posture configuration (trustedAccounts) after review.',
    ],
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove <account-id>',
    terraform: 'aws_ssm_document: keep only organization accounts in permissions.account_ids.',
    references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html'],
  },
  evaluate: (doc, result, ctx) => sharedListVerdict(doc.attributes.sharedWith, doc.account, `document ${doc.attributes.documentName}`, result, ctx),
})
