import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerModelAttributes } from '../../../normalize/aws/types.js'

/** Model containers should be attached to the account's VPC (VpcConfig), unless they run fully network-isolated. */
export default defineCheck<SageMakerModelAttributes>({
  id: 'aws-sagemaker-model-in-vpc',
  title: 'SageMaker model attaches its containers to a VPC of the account',
  resourceType: AWS.sagemakerModel,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without a VpcConfig, hosted model containers run in the SageMaker service network with its internet access: their traffic escapes ' +
    'your security groups, VPC endpoint policies and flow logs. A model with network isolation has no network at all and passes.',
  remediation: {
    steps: [
      'Create a new model with VpcConfig naming private subnets and a security group (models are immutable), and switch the endpoint to it.',
      'Provide VPC endpoints or a NAT gateway for the S3 and ECR access the model needs.',
    ],
    cli: 'aws sagemaker create-model --model-name <name>-vpc --execution-role-arn <role-arn> --primary-container file://container.json --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<sg-id>',
    terraform: 'aws_sagemaker_model: vpc_config { subnets = [...], security_group_ids = [...] }.',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html'],
  },
  evaluate(model, result) {
    const name = model.attributes.modelName
    const vpc = known(model.attributes.vpcConfig, `VPC configuration of model ${name}`)
    if (vpc) return result.pass(`Model ${name} runs in subnets ${vpc.subnets.join(', ')}.`)
    return known(model.attributes.enableNetworkIsolation, `network isolation setting of model ${name}`)
      ? result.pass(`Model ${name} has no VPC configuration but runs with network isolation (no network access).`)
      : result.fail(`Model ${name} has no VPC configuration, so its containers use the SageMaker service network.`)
  },
})
