import type { Collector } from '../collector.js'
import type { AwsSession } from './session.js'

/** An AWS collector: calls go through `ctx`, clients come from the session. */
export type AwsCollector<Raw> = Collector<AwsSession, Raw>
