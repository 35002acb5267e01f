import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerNotebookInstanceAttributes } from '../../../normalize/aws/types.js'

/** Notebook instances should reach the internet only through the account's VPC (DirectInternetAccess Disabled). */
export default defineCheck<SageMakerNotebookInstanceAttributes>({
  id: 'aws-sagemaker-notebook-direct-internet-disabled',
  title: 'SageMaker notebook instance has direct internet access disabled',
  resourceType: AWS.sagemakerNotebookInstance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'With direct internet access, SageMaker gives the notebook its own route to the internet outside your VPC, so security groups, ' +
    'network firewalls, VPC endpoint policies and flow logs do not apply: code in a notebook can download tooling or send training ' +
    'data anywhere, unseen.',
  remediation: {
    steps: [
      'Recreate the notebook instance in a VPC subnet with DirectInternetAccess set to Disabled (the setting cannot be changed in place).',
      'Give the subnet a NAT gateway or VPC endpoints (S3, SageMaker API and runtime) for the access notebooks need.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type ml.t3.medium --role-arn <role-arn> --subnet-id <subnet-id> --security-group-ids <sg-id> --direct-internet-access Disabled',
    terraform: 'aws_sagemaker_notebook_instance: direct_internet_access = "Disabled" with subnet_id and security_groups set.',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
  },
  evaluate(nb, result) {
    const name = nb.attributes.notebookInstanceName
    return known(nb.attributes.directInternetAccess, `direct internet access setting of notebook instance ${name}`)
      ? result.fail(`Notebook instance ${name} has direct internet access enabled (traffic bypasses the account's VPC).`)
      : result.pass(`Notebook instance ${name} has direct internet access disabled.`)
  },
})
