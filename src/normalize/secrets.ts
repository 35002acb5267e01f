/**
 * Finds credentials and tokens in configuration (environment variables, user data, template outputs) so that
 * normalizers can record *where* a secret sits without ever keeping the value. Provider-neutral: live
 * normalizers and IaC adapters call the same functions, and resources carry only `SecretHit`s.
 */

/** A secret-looking value: where it is and what it looks like. Never holds the value. */
export interface SecretHit {
  /** Human-readable location, e.g. `environment variable DB_PASSWORD` or `user data line 12`. */
  location: string
  /** What was recognised, e.g. `AWS access key ID`, `private key`, `high-entropy value assigned to a secret-like name`. */
  kind: string
}

interface Pattern {
  kind: string
  re: RegExp
}

/** Token formats with a recognisable shape (vendor prefixes and fixed lengths from each vendor's documentation). */
const PATTERNS: readonly Pattern[] = [
  { kind: 'AWS access key ID', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
  { kind: 'AWS secret access key', re: /aws.{0,20}?(?:secret|sk).{0,20}?[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { kind: 'private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
  { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/ },
  { kind: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { kind: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { kind: 'Slack webhook URL', re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/ },
  { kind: 'Stripe secret key', re: /\b[rs]k_live_[0-9A-Za-z]{20,}\b/ },
  { kind: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'SendGrid API key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { kind: 'Twilio API key', re: /\bSK[0-9a-f]{32}\b/ },
  { kind: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  // scheme://user:password@host — a connection string with an inline password.
  { kind: 'password in a connection URL', re: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/"']{1,64}:[^\s@/"']{3,128}@[^\s/"']+/i },
]

/** Names that announce a secret: PASSWORD, DB_PASS, API_KEY, CLIENT_SECRET, AUTH_TOKEN, PRIVATE_KEY, ... */
const SECRET_NAME =
  /(?:^|[^a-z])(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_]?key|apikey|private[-_]?key|credentials?|auth[-_]?key|access[-_]?key)(?:$|[^a-z])/i
/** Names that hold a pointer to a secret or a non-secret setting about one, not the secret itself. */
const REFERENCE_NAME = /(?:_|-|^)(?:arn|id|name|path|file|url|uri|ttl|expiry|expires|length|policy|header|type|enabled|version|region|endpoint)$/i

/** Values that are references or placeholders rather than secrets. */
function isReference(value: string): boolean {
  return (
    /^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):/.test(value) ||
    /^\{\{resolve:/.test(value) ||
    /^\$\{[^}]+\}$/.test(value) ||
    /^\$\(.+\)$/.test(value) ||
    /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value) ||
    /^\/[A-Za-z0-9_./-]+$/.test(value) ||
    /^<[^>]+>$/.test(value) ||
    /^(?:true|false|yes|no|on|off|none|null|undefined|changeme|redacted|\*+|x+)$/i.test(value) ||
    /^[0-9.]+$/.test(value)
  )
}

/** Shannon entropy of `value` in bits per character. */
export function entropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** Minimum length and entropy for a value assigned to a secret-like name to count as a secret. */
const MIN_SECRET_LENGTH = 8
const MIN_SECRET_ENTROPY = 3

/** The first recognised token format in `value`, if any. */
function patternKind(value: string): string | undefined {
  return PATTERNS.find((p) => p.re.test(value))?.kind
}

/** What a `name = value` assignment looks like, if it holds a secret: a token format, or a high-entropy value under a secret-like name. */
function assignmentKind(name: string, value: string): string | undefined {
  const kind = patternKind(value)
  if (kind) return kind
  const v = value.trim().replace(/^["']|["']$/g, '')
  // camelCase names (clientSecret) are read as snake_case (client_Secret) so the word boundaries hold.
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
  if (!SECRET_NAME.test(words) || REFERENCE_NAME.test(words)) return undefined
  if (v.length < MIN_SECRET_LENGTH || isReference(v) || entropy(v) < MIN_SECRET_ENTROPY) return undefined
  return `high-entropy value assigned to ${name}`
}

/**
 * Secrets in named variables (environment variables, build variables, template outputs). `label` names the kind
 * of variable for the location, e.g. `environment variable` → `environment variable DB_PASSWORD`.
 */
export function findSecretsInVariables(
  variables: Readonly<Record<string, string>> | readonly { name: string; value: string }[],
  label: string,
): SecretHit[] {
  const entries = Array.isArray(variables)
    ? (variables as readonly { name: string; value: string }[]).map((v) => [v.name, v.value] as const)
    : Object.entries(variables as Readonly<Record<string, string>>)
  const hits: SecretHit[] = []
  for (const [name, value] of entries) {
    if (typeof value !== 'string' || value === '') continue
    const kind = assignmentKind(name, value)
    if (kind) hits.push({ location: `${label} ${name}`, kind })
  }
  return hits
}

// NAME=value, NAME: value, export NAME="value", --password value, "name": "value". A zero-width match at
// every word start, so `export DB_PASSWORD=...` is tried as `export …` and as `DB_PASSWORD=…`.
const ASSIGNMENT = /(?<![A-Za-z0-9_])(?=["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?:=|:|\s)\s*["']?([^\s"',;]+))/g

/**
 * Secrets in free text such as EC2 user data or a script: token formats anywhere on a line, and high-entropy
 * values assigned to secret-like names. Locations are `<label> line N` (1-based), one hit per line.
 */
export function findSecretsInText(text: string, label: string): SecretHit[] {
  const hits: SecretHit[] = []
  const lines = text.split(/\r?\n/)
  lines.forEach((line, i) => {
    let kind = patternKind(line)
    if (!kind) {
      for (const m of line.matchAll(ASSIGNMENT)) {
        kind = assignmentKind(m[1]!.replace(/^-+/, ''), m[2]!)
        if (kind) break
      }
    }
    if (kind) hits.push({ location: `${label} line ${i + 1}`, kind })
  })
  return hits
}

/** Decodes base64 user data (as EC2 and launch templates return it); gzip-compressed or binary data yields null. */
export function decodeUserData(base64: string | undefined | null): string | null {
  if (!base64) return null
  const bytes = Buffer.from(base64, 'base64')
  // gzip magic number: compressed user data (cloud-init accepts it) is not scanned.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return null
  return bytes.toString('utf8')
}
