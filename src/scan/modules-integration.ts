import type { AwsServiceModule } from './aws-module.js'

/** API Gateway (REST, HTTP/WebSocket), EventBridge, Step Functions, Kinesis/Firehose, MSK, Glue: collector/normalizer pairs, in the order progress shows them. */
export const INTEGRATION_MODULES: readonly AwsServiceModule[] = []
