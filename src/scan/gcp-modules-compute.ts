import { gcpComputeCollector } from '../collect/gcp/compute.js'
import { gcpDnsCollector } from '../collect/gcp/dns.js'
import { normalizeCompute } from '../normalize/gcp/compute.js'
import { normalizeDns } from '../normalize/gcp/dns.js'
import { gcpMod, type GcpServiceModule } from './gcp-module.js'

/** Google Cloud compute modules: Compute Engine and VPC (compute), Cloud DNS (dns). */
export const GCP_COMPUTE_MODULES: GcpServiceModule[] = [gcpMod(gcpComputeCollector, normalizeCompute), gcpMod(gcpDnsCollector, normalizeDns)]
