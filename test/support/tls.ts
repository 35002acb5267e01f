/**
 * A self-signed certificate for 127.0.0.1, made once per machine (openssl) for the HTTPS fixture servers that stand in
 * for Azure Resource Manager and Google Cloud APIs. Node reads NODE_EXTRA_CA_CERTS only at start-up, so the vitest
 * global setup calls `ensureTestTls()` and exports the variable before any worker or child process is spawned.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where the certificate and key live (per user, reused across runs while fresh). */
export const TEST_TLS_DIR = join(tmpdir(), `posture-test-tls-${process.getuid?.() ?? 'u'}`)
const CERT = join(TEST_TLS_DIR, 'cert.pem')
const KEY = join(TEST_TLS_DIR, 'key.pem')
/** Certificates are valid 30 days and remade after 20. */
const MAX_AGE_MS = 20 * 86_400_000

/** Makes the certificate when missing or old; returns the certificate file for NODE_EXTRA_CA_CERTS. */
export function ensureTestTls(): string {
  if (existsSync(CERT) && existsSync(KEY) && Date.now() - statSync(CERT).mtimeMs < MAX_AGE_MS) return CERT
  mkdirSync(TEST_TLS_DIR, { recursive: true })
  const tmp = `.${process.pid}`
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=127.0.0.1'],
      ...['-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', KEY + tmp, '-out', CERT + tmp],
    ],
    { stdio: 'ignore' },
  )
  // Rename the key first: a reader that sees the new certificate also sees its key.
  renameSync(KEY + tmp, KEY)
  renameSync(CERT + tmp, CERT)
  return CERT
}

/** The key pair for an HTTPS server; the process must have been started with NODE_EXTRA_CA_CERTS pointing at it. */
export function testTls(): { key: Buffer; cert: Buffer; certFile: string } {
  const certFile = ensureTestTls()
  if (process.env.NODE_EXTRA_CA_CERTS !== certFile) {
    throw new Error(`NODE_EXTRA_CA_CERTS must be ${certFile} before Node starts (set by the vitest global setup; for child processes pass it in env)`)
  }
  return { key: readFileSync(KEY), cert: readFileSync(CERT), certFile }
}
