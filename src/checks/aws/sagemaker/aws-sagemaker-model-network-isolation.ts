import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerModelAttributes } from '../../../normalize/aws/types.js'

/** Model containers should run with network isolation, so inference code cannot open outbound connections. */
export default defineCheck<SageMakerModelAttributes>({
  id: 'aws-sagemaker-model-network-isolation',
  title: 'SageMaker model runs its containers with network isolation enabled',
  resourceType: AWS.sagemakerModel,
  severity: 'medium',
  categories: ['network'],
  rationale:
    'Without network isolation, a model container can make outbound calls: a compromised or malicious model image (third-party models ' +
    'are common) can exfiltrate inference inputs or fetch and run code. With EnableNetworkIsolation, the container has no network access ' +
    'and SageMaker alone moves model artifacts and requests.',
  remediation: {
    steps: [
      'Create a new model with EnableNetworkIsolation set to true (models are immutable) and a new endpoint configuration that uses it.',
      'Update the endpoint to the new configuration; make sure the container does not need outbound network access at run time.',
    ],
    cli: 'aws sagemaker create-model --model-name <name>-isolated --execution-role-arn <role-arn> --primary-container file://container.json --enable-network-isolation',
    terraform: 'aws_sagemaker_model: enable_network_isolation = true.',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html'],
  },
  evaluate(model, result) {
    const name = model.attributes.modelName
    return known(model.attributes.enableNetworkIsolation, `network isolation setting of model ${name}`)
      ? result.pass(`Model ${name} runs its containers with network isolation.`)
      : result.fail(`Model ${name} does not enable network isolation, so its containers can open outbound connections.`)
  },
})
