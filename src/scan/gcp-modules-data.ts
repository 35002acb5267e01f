import { gcpMod, type GcpServiceModule } from './gcp-module.js'
import { sqlCollector } from '../collect/gcp/sql.js'
import { loggingCollector } from '../collect/gcp/logging.js'
import { monitoringCollector } from '../collect/gcp/monitoring.js'
import { bigqueryCollector } from '../collect/gcp/bigquery.js'
import { gkeCollector } from '../collect/gcp/gke.js'
import { normalizeSql } from '../normalize/gcp/sql.js'
import { normalizeLogging } from '../normalize/gcp/logging.js'
import { normalizeMonitoring } from '../normalize/gcp/monitoring.js'
import { normalizeBigQuery } from '../normalize/gcp/bigquery.js'
import { normalizeGke } from '../normalize/gcp/gke.js'

/** Google Cloud data modules: Cloud SQL, Cloud Logging, Cloud Monitoring, BigQuery and GKE. */
export const GCP_DATA_MODULES: GcpServiceModule[] = [
  gcpMod(sqlCollector, normalizeSql),
  gcpMod(loggingCollector, normalizeLogging),
  gcpMod(monitoringCollector, normalizeMonitoring),
  gcpMod(bigqueryCollector, normalizeBigQuery),
  gcpMod(gkeCollector, normalizeGke),
]
