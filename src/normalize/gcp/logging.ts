import type { Relation, Resource } from '../../core/resource.js'
import type { LogMetricRaw, LogSinkRaw, LoggingRaw } from '../../collect/gcp/logging.js'
import { iso } from '../common.js'
import { gcpName, gcpProjectName, gcpResource, type GcpNormalizeScope } from './helpers.js'
import { GCP_DATA_TYPES, type LogMetricAttributes, type LogSinkAttributes, type LogSinkDestinationType } from './types-data.js'

/** A sink destination's kind, bucket and the full resource name it writes to. */
export interface SinkDestination {
  type: LogSinkDestinationType
  bucket: string | null
  target: string | null
}

/**
 * Parses a sink destination (https://cloud.google.com/logging/docs/export/configure_export_v2#dest-path):
 * storage.googleapis.com/BUCKET, bigquery.googleapis.com/projects/P/datasets/D, pubsub.googleapis.com/projects/P/topics/T,
 * logging.googleapis.com/projects/P/locations/L/buckets/B, or logging.googleapis.com/projects/P (another project).
 */
export function sinkDestination(destination: string): SinkDestination {
  const storage = /^storage\.googleapis\.com\/([^/]+)$/.exec(destination)
  if (storage) return { type: 'storage', bucket: storage[1]!, target: gcpName('storage', `projects/_/buckets/${storage[1]!}`) }
  if (/^bigquery\.googleapis\.com\/projects\/[^/]+\/datasets\/[^/]+$/.test(destination))
    return { type: 'bigquery', bucket: null, target: `//${destination}` }
  if (/^pubsub\.googleapis\.com\/projects\/[^/]+\/topics\/[^/]+$/.test(destination))
    return { type: 'pubsub', bucket: null, target: `//${destination}` }
  if (/^logging\.googleapis\.com\/projects\/[^/]+\/locations\/[^/]+\/buckets\/[^/]+$/.test(destination)) {
    return { type: 'logging-bucket', bucket: null, target: `//${destination}` }
  }
  const project = /^logging\.googleapis\.com\/projects\/([^/]+)$/.exec(destination)
  if (project) return { type: 'project', bucket: null, target: gcpProjectName(project[1]!) }
  return { type: 'other', bucket: null, target: null }
}

function sinkResource(raw: LogSinkRaw, scope: GcpNormalizeScope): Resource<LogSinkAttributes> {
  const name = raw.name ?? ''
  const destination = raw.destination ?? ''
  const dest = sinkDestination(destination)
  const relations: Relation[] = dest.target ? [{ kind: 'exports-to', target: dest.target }] : []
  return gcpResource<LogSinkAttributes>({
    uid: gcpName('logging', `projects/${scope.project}/sinks/${name}`),
    type: GCP_DATA_TYPES.loggingSink,
    project: scope.project,
    name,
    attributes: {
      name,
      destination,
      destinationType: dest.type,
      destinationBucket: dest.bucket,
      // An omitted filter exports every entry (LogSink.filter reference).
      filter: (raw.filter ?? '').trim(),
      disabled: raw.disabled ?? false,
      exclusionFilters: (raw.exclusions ?? []).filter((e) => !e.disabled && e.filter).map((e) => e.filter!),
      writerIdentity: raw.writerIdentity ?? null,
      includeChildren: raw.includeChildren ?? false,
      createTime: iso(raw.createTime),
    },
    relations,
  })
}

function metricResource(raw: LogMetricRaw, scope: GcpNormalizeScope): Resource<LogMetricAttributes> {
  const name = raw.name ?? ''
  return gcpResource<LogMetricAttributes>({
    uid: gcpName('logging', `projects/${scope.project}/metrics/${name}`),
    type: GCP_DATA_TYPES.loggingMetric,
    project: scope.project,
    name,
    attributes: {
      name,
      filter: raw.filter ?? '',
      disabled: raw.disabled ?? false,
      bucketName: raw.bucketName || null,
      createTime: iso(raw.createTime),
    },
  })
}

/** Sinks → gcp.logging.sink (relation exports-to its destination), log-based metrics → gcp.logging.metric. */
export function normalizeLogging(raw: LoggingRaw, scope: GcpNormalizeScope): Resource[] {
  return [...raw.sinks.map((s) => sinkResource(s, scope)), ...raw.metrics.map((m) => metricResource(m, scope))]
}
