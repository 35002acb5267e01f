import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerNotebookInstanceAttributes } from '../../../normalize/aws/types.js'

/** Notebook ML storage volumes should be encrypted with a KMS key the account controls. */
export default defineCheck<SageMakerNotebookInstanceAttributes>({
  id: 'aws-sagemaker-notebook-kms-key',
  title: 'SageMaker notebook instance encrypts its ML storage volume with a customer-managed KMS key',
  resourceType: AWS.sagemakerNotebookInstance,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Without a KmsKeyId, SageMaker encrypts the notebook volume with a key it manages: data is encrypted, but you cannot restrict who ' +
    'may decrypt it with a key policy, audit its use in CloudTrail, or revoke access by disabling the key.',
  remediation: {
    steps: [
      'Create (or pick) a customer-managed KMS key whose policy allows the notebook execution role.',
      'Recreate the notebook instance with KmsKeyId set to that key (the key cannot be changed in place), copying the data over.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type ml.t3.medium --role-arn <role-arn> --kms-key-id <key-arn>',
    terraform: 'aws_sagemaker_notebook_instance: kms_key_id = <key-arn>.',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html'],
  },
  evaluate(nb, result) {
    const name = nb.attributes.notebookInstanceName
    const key = known(nb.attributes.kmsKeyId, `KMS key of notebook instance ${name}`)
    return key
      ? result.pass(`Notebook instance ${name} encrypts its storage volume with KMS key ${key}.`)
      : result.fail(`Notebook instance ${name} has no KMS key set; its volume is encrypted only with a SageMaker-managed key.`)
  },
})
