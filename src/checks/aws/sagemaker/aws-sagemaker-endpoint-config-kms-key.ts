import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerEndpointConfigAttributes, type SageMakerProductionVariant } from '../../../normalize/aws/types.js'

/**
 * Instance types whose ML storage is local NVMe, encrypted by a hardware module and not accepting a KmsKeyId: families with a
 * `d` in their modifiers (ml.m5d, ml.g4dn, ml.p4d, ...) and the NVMe-only GPU families ml.g5 and ml.p5 (CreateEndpointConfig, KmsKeyId).
 */
const LOCAL_STORAGE = /^ml\.(?:[a-z]+\d+[a-z]*d[a-z]*|g5|p5)\./

/** True when a variant has no EBS ML storage volume that a KMS key could encrypt. */
function noKeyableVolume(v: SageMakerProductionVariant): boolean {
  return v.serverless || (v.instanceType !== null && LOCAL_STORAGE.test(v.instanceType))
}

/** Endpoint configurations should encrypt the ML storage volumes of their instances with a KMS key the account controls. */
export default defineCheck<SageMakerEndpointConfigAttributes>({
  id: 'aws-sagemaker-endpoint-config-kms-key',
  title: 'SageMaker endpoint configuration encrypts ML storage volumes with a customer-managed KMS key',
  resourceType: AWS.sagemakerEndpointConfig,
  severity: 'low',
  categories: ['encryption'],
  rationale:
    'Without a KmsKeyId, the storage volumes of the instances hosting the endpoint are encrypted with a transient SageMaker key: ' +
    'you cannot restrict or audit decryption of model artifacts and cached inference data through a key policy and CloudTrail.',
  remediation: {
    steps: [
      'Create a new endpoint configuration with KmsKeyId set to a customer-managed key that the endpoint execution role may use.',
      'Point the endpoint at the new configuration with UpdateEndpoint (endpoint configurations are immutable).',
    ],
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name <name>-kms --production-variants file://variants.json --kms-key-id <key-arn>',
    terraform: 'aws_sagemaker_endpoint_configuration: kms_key_arn = <key-arn>.',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html'],
  },
  evaluate(cfg, result) {
    const name = cfg.attributes.endpointConfigName
    const key = known(cfg.attributes.kmsKeyId, `KMS key of endpoint configuration ${name}`)
    if (key) return result.pass(`Endpoint configuration ${name} encrypts its ML storage volumes with KMS key ${key}.`)
    const variants = known(cfg.attributes.productionVariants, `production variants of endpoint configuration ${name}`)
    const keyable = variants.filter((v) => !noKeyableVolume(v))
    if (variants.length > 0 && keyable.length === 0) {
      return result.pass(`Endpoint configuration ${name} has only serverless variants or instances with hardware-encrypted local storage.`)
    }
    return result.fail(
      `Endpoint configuration ${name} sets no KMS key for the storage volumes of ${keyable.map((v) => `${v.variantName} (${v.instanceType ?? 'no instance type'})`).join(', ') || 'its variants'}.`,
    )
  },
})
