/** Test fixtures for SageMaker checks (not a check: the file name does not start with `aws-`). */
import {
  AWS,
  type SageMakerEndpointConfigAttributes,
  type SageMakerModelAttributes,
  type SageMakerNotebookInstanceAttributes,
  type SageMakerNotebookLifecycleConfigAttributes,
} from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A notebook instance configured as recommended, with overrides. */
export const notebook = (attrs: Partial<SageMakerNotebookInstanceAttributes> = {}) =>
  awsFixture<SageMakerNotebookInstanceAttributes>(AWS.sagemakerNotebookInstance, {
    notebookInstanceName: 'research',
    status: 'InService',
    rootAccess: false,
    directInternetAccess: false,
    kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    subnetId: 'subnet-0a1b2c3d',
    securityGroupIds: ['sg-0a1b2c3d'],
    platformIdentifier: 'notebook-al2-v3',
    ...attrs,
  })

/** An endpoint configuration with a KMS key, with overrides. */
export const endpointConfig = (attrs: Partial<SageMakerEndpointConfigAttributes> = {}) =>
  awsFixture<SageMakerEndpointConfigAttributes>(AWS.sagemakerEndpointConfig, {
    endpointConfigName: 'churn-config',
    kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    productionVariants: [{ variantName: 'AllTraffic', instanceType: 'ml.m5.large', serverless: false }],
    ...attrs,
  })

/** A model configured as recommended, with overrides. */
export const model = (attrs: Partial<SageMakerModelAttributes> = {}) =>
  awsFixture<SageMakerModelAttributes>(AWS.sagemakerModel, {
    modelName: 'churn',
    enableNetworkIsolation: true,
    vpcConfig: { subnets: ['subnet-0a1b2c3d'], securityGroupIds: ['sg-0a1b2c3d'] },
    executionRoleArn: 'arn:aws:iam::111122223333:role/sagemaker-exec',
    environmentVariableNames: ['primary/SAGEMAKER_PROGRAM'],
    environmentSecrets: [],
    ...attrs,
  })

/** A lifecycle configuration without secrets, with overrides. */
export const lifecycleConfig = (attrs: Partial<SageMakerNotebookLifecycleConfigAttributes> = {}) =>
  awsFixture<SageMakerNotebookLifecycleConfigAttributes>(AWS.sagemakerNotebookLifecycleConfig, {
    lifecycleConfigName: 'install-packages',
    scriptSecrets: [],
    ...attrs,
  })
