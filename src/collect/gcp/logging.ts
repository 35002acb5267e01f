import { logging, type logging_v2 } from '@googleapis/logging'
import type { GcpCollector } from './module.js'
import { DISABLED, tokenPages } from './pages.js'

/** A log sink as logging v2 projects.sinks.list returns it. */
export type LogSinkRaw = logging_v2.Schema$LogSink
/** A log-based metric as logging v2 projects.metrics.list returns it. */
export type LogMetricRaw = logging_v2.Schema$LogMetric

/** Raw Cloud Logging data of one project. */
export interface LoggingRaw {
  sinks: LogSinkRaw[]
  metrics: LogMetricRaw[]
}

const SINK = 'gcp.logging.sink'
const METRIC = 'gcp.logging.metric'

/** Log sinks (exports) and log-based metrics of the project. */
export const loggingCollector: GcpCollector<LoggingRaw> = {
  service: 'logging',
  scope: 'global',
  produces: [SINK, METRIC],
  async collect(ctx, session) {
    const api = logging({ version: 'v2', ...session.apiOptions() })
    const parent = `projects/${ctx.account}`
    const [sinks, metrics] = await Promise.all([
      ctx.paginate(
        'logging.sinks.list',
        (signal) => tokenPages(async (pageToken) => (await api.projects.sinks.list({ parent, pageToken }, { signal })).data),
        (page) => page.sinks,
        { affects: [SINK], absentOn: DISABLED },
      ),
      ctx.paginate(
        'logging.metrics.list',
        (signal) => tokenPages(async (pageToken) => (await api.projects.metrics.list({ parent, pageToken }, { signal })).data),
        (page) => page.metrics,
        { affects: [METRIC], absentOn: DISABLED },
      ),
    ])
    return { sinks: sinks.ok ? sinks.value : [], metrics: metrics.ok ? metrics.value : [] }
  },
}
