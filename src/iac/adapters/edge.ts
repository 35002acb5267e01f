import type { Adapter } from '../model.js'
import { acmAdapters } from './edge-acm.js'
import { apigatewayAdapters } from './edge-apigateway.js'
import { apigatewayV2Adapters } from './edge-apigatewayv2.js'
import { cloudformationAdapters } from './edge-cloudformation.js'
import { cloudfrontAdapters } from './edge-cloudfront.js'
import { cloudtrailAdapters } from './edge-cloudtrail.js'
import { opensearchAdapters } from './edge-opensearch.js'
import { route53Adapters } from './edge-route53.js'
import { wafv2Adapters } from './edge-wafv2.js'

/** Adapters of the edge group (see src/iac/adapters/index.ts). */
export const adapters: Adapter[] = [
  ...cloudfrontAdapters,
  ...apigatewayAdapters,
  ...apigatewayV2Adapters,
  ...wafv2Adapters,
  ...route53Adapters,
  ...acmAdapters,
  ...cloudtrailAdapters,
  ...cloudformationAdapters,
  ...opensearchAdapters,
]
