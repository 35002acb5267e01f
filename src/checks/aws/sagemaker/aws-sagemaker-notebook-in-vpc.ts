import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerNotebookInstanceAttributes } from '../../../normalize/aws/types.js'

/** Notebook instances should have a network interface in one of the account's VPC subnets. */
export default defineCheck<SageMakerNotebookInstanceAttributes>({
  id: 'aws-sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instance is attached to a VPC subnet of the account',
  resourceType: AWS.sagemakerNotebookInstance,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'A notebook without a subnet runs only in the SageMaker service VPC: its traffic cannot be filtered by your security groups, ' +
    'reach data through VPC endpoints with restrictive policies, or appear in your VPC flow logs.',
  remediation: {
    steps: [
      'Recreate the notebook instance with SubnetId and SecurityGroupIds of a private subnet (the network settings cannot be changed in place).',
      'Prefer DirectInternetAccess Disabled so all of its traffic goes through that subnet.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name <name> --instance-type ml.t3.medium --role-arn <role-arn> --subnet-id <subnet-id> --security-group-ids <sg-id>',
    terraform: 'aws_sagemaker_notebook_instance: subnet_id = <subnet-id>, security_groups = [<sg-id>].',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
  },
  evaluate(nb, result) {
    const name = nb.attributes.notebookInstanceName
    const subnet = known(nb.attributes.subnetId, `subnet of notebook instance ${name}`)
    return subnet
      ? result.pass(`Notebook instance ${name} is attached to subnet ${subnet}.`)
      : result.fail(`Notebook instance ${name} is not attached to any VPC subnet of the account.`)
  },
})
