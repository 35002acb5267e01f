import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SageMakerModelAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Model container environment variables must not hold credentials in plaintext. */
export default defineCheck<SageMakerModelAttributes>({
  id: 'aws-sagemaker-model-no-secrets-in-environment',
  title: 'SageMaker model container environment holds no plaintext credentials',
  resourceType: AWS.sagemakerModel,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Container environment variables are returned in plaintext by DescribeModel to anyone with sagemaker:DescribeModel, appear in ' +
    'endpoint and CloudFormation configuration, and are copied to every model version: a key or password there is effectively shared.',
  remediation: {
    steps: [
      'Rotate the exposed credential now: assume it has been read.',
      'Store the secret in AWS Secrets Manager and have the inference code read it at start-up with the execution role, passing only the secret ARN in the environment.',
      'Create a new model without the value and switch the endpoint configuration to it (models are immutable).',
    ],
    cli: 'aws secretsmanager create-secret --name <model>/<variable> --secret-string file://secret.txt',
    terraform: 'aws_sagemaker_model primary_container.environment: pass the aws_secretsmanager_secret ARN instead of the value.',
    references: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
      'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html',
    ],
  },
  evaluate: (model, result) =>
    secretsVerdict(model.attributes.environmentSecrets, `the container environment of model ${model.attributes.modelName}`, result),
})
