import { mod, type AwsServiceModule } from './aws-module.js'
import { sagemakerCollector } from '../collect/aws/sagemaker.js'
import { normalizeSagemaker } from '../normalize/aws/sagemaker.js'
import { cognitoCollector } from '../collect/aws/cognito.js'
import { normalizeCognito } from '../normalize/aws/cognito.js'
import { route53Collector } from '../collect/aws/route53.js'
import { normalizeRoute53 } from '../normalize/aws/route53.js'

/** SageMaker, Cognito, Route 53: collector/normalizer pairs, in the order progress shows them. */
export const IDENTITY_MODULES: readonly AwsServiceModule[] = [
  mod(sagemakerCollector, normalizeSagemaker),
  mod(cognitoCollector, normalizeCognito),
  mod(route53Collector, normalizeRoute53),
]
