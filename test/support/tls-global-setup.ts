/** Vitest global setup shared by both projects: the fixture servers' certificate, trusted by every worker. */
import { ensureTestTls } from './tls.js'

export default function setup(): void {
  process.env.NODE_EXTRA_CA_CERTS = ensureTestTls()
}
