/**
 * How array elements of common resource shapes read in a field-level diff: security group rules, network ACL entries,
 * IAM policy statements, ACL grants, relations and keyed lists (policies, access keys, flow logs...). Anything else
 * falls back to the generic path-based rendering of resource-diff.ts.
 */
import { stableStringify } from '../core/fingerprint.js'
import { describeNaclEntry, describeRule } from '../checks/_shared/network.js'
import type { NaclEntry, SgRule } from '../normalize/aws/types.js'

/** Describes one kind of array element; `key` pairs a removed and an added element into one "changed" element. */
export interface ElementDescriber {
  /** The element as a phrase, e.g. "ingress rule tcp 22 from 0.0.0.0/0". */
  describe(element: Record<string, unknown>): string
  /** Identity that survives a change of the element's content (e.g. a statement's Sid); undefined = none. */
  key?(element: Record<string, unknown>): string | undefined
  /** Lines for a paired element whose content changed; default: a nested diff under `path[key]`. */
  changed?(before: Record<string, unknown>, after: Record<string, unknown>): string[] | undefined
  /** Nested changes are prefixed with the described element instead of a `path[key]` path. */
  labelNested?: boolean
}

/** Shortens long texts for one-line output. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** A string or list of strings (IAM's Action/Resource grammar) as one comma-separated text. */
function listText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',')
  return typeof value === 'string' ? value : stableStringify(value)
}

/** Where an element sits, without list keys: 'attributes.inlinePolicies[admin].document.Statement' → '...inlinePolicies.document.Statement'. */
export function shapePath(path: string): string {
  return path.replace(/\[[^\]]*\]/g, '')
}

/** An IAM principal as "*" or "AWS:arn:aws:iam::1:root,Service:ec2.amazonaws.com". */
function principalText(p: unknown): string {
  if (typeof p === 'string') return p
  if (p && typeof p === 'object')
    return Object.entries(p as Record<string, unknown>)
      .map(([k, v]) => `${k}:${listText(v)}`)
      .join(' ')
  return stableStringify(p)
}

/** "Allow s3:GetObject on arn:aws:s3:::b/* to * when Bool aws:SecureTransport". */
export function describeStatement(s: Record<string, unknown>): string {
  const action = s.Action !== undefined ? listText(s.Action) : s.NotAction !== undefined ? `NOT ${listText(s.NotAction)}` : '(no action)'
  const resource = s.Resource !== undefined ? ` on ${listText(s.Resource)}` : s.NotResource !== undefined ? ` on NOT ${listText(s.NotResource)}` : ''
  const principal =
    s.Principal !== undefined ? ` to ${principalText(s.Principal)}` : s.NotPrincipal !== undefined ? ` to NOT ${principalText(s.NotPrincipal)}` : ''
  const cond =
    s.Condition && typeof s.Condition === 'object'
      ? Object.entries(s.Condition as Record<string, Record<string, unknown>>).flatMap(([op, kv]) => Object.keys(kv ?? {}).map((k) => `${op} ${k}`))
      : []
  return `${typeof s.Effect === 'string' ? s.Effect : '?'} ${action}${resource}${principal}${cond.length ? ` when ${cond.join(', ')}` : ''}`
}

/** Security group rules: described like the checks' messages ("tcp 22 from 0.0.0.0/0"); the description is not identity. */
function sgRules(direction: 'ingress' | 'egress'): ElementDescriber {
  return {
    describe: (r) => {
      const text = describeRule(r as unknown as SgRule)
      return `${direction} rule ${direction === 'egress' ? text.replace(/ from (\S+)$/, ' to $1') : text}`
    },
    key: (r) => stableStringify({ ...r, description: undefined }),
    labelNested: true,
  }
}

/** Network ACL entries: identified by direction and rule number; a changed entry reads "before → after". */
const naclEntries: ElementDescriber = {
  describe: (e) => {
    const entry = e as unknown as NaclEntry
    const text = describeNaclEntry(entry)
    return `${entry.egress ? 'egress' : 'ingress'} entry ${entry.egress ? text.replace(/ from (\S+)$/, ' to $1') : text}`
  },
  key: (e) => `${e.egress ? 'egress' : 'ingress'} ${String(e.ruleNumber)}`,
  changed(before, after) {
    return [`${this.describe(before)} → ${this.describe(after).replace(/^(ingress|egress) entry /, '')}`]
  },
}

/** ACL grantee group URIs shortened to their last segment (AllUsers, AuthenticatedUsers, LogDelivery). */
const aclGrants: ElementDescriber = {
  describe: (g) => `acl grant ${String(g.permission)} to ${String(g.grantee).replace(/^https?:\/\/acs\.amazonaws\.com\/groups\/(global|s3)\//, '')}`,
}

/** A keyed list whose elements are named by one field. */
function keyed(noun: string, field: string, extra?: (e: Record<string, unknown>) => string): ElementDescriber {
  return {
    describe: (e) => `${noun} ${String(e[field])}${extra ? extra(e) : ''}`,
    key: (e) => (typeof e[field] === 'string' || typeof e[field] === 'number' ? String(e[field]) : undefined),
  }
}

/** Describers by the last segment of the (key-free) path; `type` narrows where a segment name is generic. */
const BY_SEGMENT: { segment: string; type?: string; describer: ElementDescriber }[] = [
  { segment: 'ingress', type: 'aws.ec2.security-group', describer: sgRules('ingress') },
  { segment: 'egress', type: 'aws.ec2.security-group', describer: sgRules('egress') },
  { segment: 'entries', type: 'aws.ec2.network-acl', describer: naclEntries },
  { segment: 'grants', describer: aclGrants },
  { segment: 'relations', describer: { describe: (r) => `relation ${String(r.kind)} → ${String(r.target)}` } },
  { segment: 'inlinePolicies', describer: keyed('inline policy', 'name') },
  { segment: 'attachedPolicies', describer: keyed('attached policy', 'arn') },
  { segment: 'accessKeys', describer: keyed('access key', 'id', (e) => ` (${String(e.status)})`) },
  { segment: 'flowLogs', describer: keyed('flow log', 'id', (e) => ` (${String(e.trafficType)} to ${String(e.destinationType)})`) },
  { segment: 'metricFilters', describer: keyed('metric filter', 'name') },
  { segment: 'recorders', describer: keyed('config recorder', 'name') },
  { segment: 'deliveryChannels', describer: keyed('delivery channel', 'name') },
]

/** Generic elements: keyed by an id-like field when one exists, described as "<path> element id=…" or compact JSON. */
function generic(path: string): ElementDescriber {
  const idField = (e: Record<string, unknown>) => ['id', 'name', 'arn', 'key'].find((f) => typeof e[f] === 'string' && e[f] !== '')
  return {
    describe: (e) => {
      const f = idField(e)
      return `${path} element ${f ? `${f}=${String(e[f])}` : clip(stableStringify(e), 160)}`
    },
    key: (e) => {
      const f = idField(e)
      return f ? `${f}=${String(e[f])}` : undefined
    },
  }
}

/** The describer for array elements at `path` of a resource of `type`. */
export function describerFor(path: string, type: string): ElementDescriber {
  const shape = shapePath(path)
  const last = shape.split('.').pop() ?? ''
  if (last === 'Statement') {
    const where = path.replace(/\.Statement$/, '')
    return {
      describe: (s) => `${where} statement ${typeof s.Sid === 'string' && s.Sid ? `"${s.Sid}" ` : ''}(${describeStatement(s)})`,
      key: (s) => (typeof s.Sid === 'string' && s.Sid ? s.Sid : undefined),
    }
  }
  const hit = BY_SEGMENT.find((d) => d.segment === last && (!d.type || d.type === type))
  return hit?.describer ?? generic(path)
}
