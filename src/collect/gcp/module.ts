import type { Collector } from '../collector.js'
import type { GcpSession } from './session.js'

/**
 * A Google Cloud collector: one service's discovery for one project (`ctx.account` is the project id and `ctx.region`
 * is 'global': lists are project-wide, through aggregated lists or `locations/-`, and each resource carries its own
 * location). Clients come from the session: `compute({ version: 'v1', ...session.apiOptions() })`, or
 * `session.pages('cloudkms', 'v1/projects/<p>/locations')` for the REST-only APIs.
 */
export type GcpCollector<Raw> = Collector<GcpSession, Raw>
