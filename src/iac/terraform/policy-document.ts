/**
 * `data "aws_iam_policy_document"` evaluated to its `json` attribute, as the AWS provider builds it
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document): statements
 * from `statement {}` blocks (effect defaults to Allow), principals grouped by type, conditions by test and variable,
 * single-element lists written as a string. Unknown leaves (e.g. `resources = ["${aws_s3_bucket.b.arn}/*"]`) do not
 * hide the rest: the result is then an Unknown carrying the document as `partial`.
 */
import { isUnknown, type Unknown } from '../../core/unknown.js'
import type { PartialUnknown } from '../model.js'
import { deepOpaque, isObj, opaque, setKey, toStr } from './value.js'

type Values = Record<string, unknown>

/** A list of strings as the provider writes it: one element → the string, otherwise the list (unknown leaves kept). */
function stringSet(v: unknown): unknown {
  if (opaque(v)) return v
  const items = Array.isArray(v) ? v : [v]
  const out: unknown[] = []
  for (const i of items) {
    out.push(opaque(i) ? i : toStr(i))
  }
  const unique = out.filter((x, i) => typeof x !== 'string' || out.indexOf(x) === i)
  return unique.length === 1 ? unique[0] : unique
}

/** Blocks of a type from evaluated values; Unknown when a dynamic block's for_each was unknown. */
function blocksOf(v: Values, name: string): Values[] | Unknown {
  const b = v[name]
  if (b === undefined || b === null) return []
  const o = opaque(b)
  if (o) return o
  return Array.isArray(b) ? b.filter(isObj) : []
}

function principals(blocks: Values[]): unknown {
  const byType: Record<string, unknown[]> = {}
  for (const p of blocks) {
    const type = toStr(p.type)
    if (isUnknown(type)) return type
    const ids = p.identifiers
    const list: unknown[] = opaque(ids) ? [ids] : Array.isArray(ids) ? (ids as unknown[]) : [ids]
    byType[type] = [...(byType[type] ?? []), ...list]
  }
  if (Object.keys(byType).length === 1 && byType['*']?.every((i) => i === '*')) return '*'
  const out: Values = {}
  for (const [type, ids] of Object.entries(byType)) setKey(out, type, stringSet(ids))
  return out
}

function conditions(blocks: Values[]): unknown {
  const out: Record<string, Values> = {}
  for (const c of blocks) {
    const test = toStr(c.test)
    const variable = toStr(c.variable)
    if (isUnknown(test)) return test
    if (isUnknown(variable)) return variable
    const byVar = out[test] ?? {}
    setKey(byVar, variable, stringSet(c.values))
    setKey(out, test, byVar)
  }
  return out
}

function statement(s: Values): Values | Unknown {
  const out: Values = {}
  if (s.sid !== undefined && s.sid !== null && s.sid !== '') out.Sid = s.sid
  out.Effect = s.effect ?? 'Allow'
  const lists: [string, string][] = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ]
  for (const [from, to] of lists) if (s[from] !== undefined && s[from] !== null) out[to] = stringSet(s[from])
  for (const [from, to] of [
    ['principals', 'Principal'],
    ['not_principals', 'NotPrincipal'],
  ] as const) {
    const bs = blocksOf(s, from)
    if (isUnknown(bs)) out[to] = bs
    else if (bs.length > 0) out[to] = principals(bs)
  }
  const cs = blocksOf(s, 'condition')
  if (isUnknown(cs)) out.Condition = cs
  else if (cs.length > 0) out.Condition = conditions(cs)
  return out
}

/** Statements of other policy documents (JSON strings), for source_/override_policy_documents. */
function statementsOf(docs: unknown): Values[] | Unknown {
  const o = opaque(docs)
  if (o) return o
  const out: Values[] = []
  for (const d of Array.isArray(docs) ? docs : [docs]) {
    const u = opaque(d)
    if (u) return u
    if (typeof d !== 'string' || d.trim() === '') continue
    try {
      const doc = JSON.parse(d) as { Statement?: unknown }
      const st = doc.Statement
      for (const s of Array.isArray(st) ? st : st ? [st] : []) if (isObj(s)) out.push(s)
    } catch {
      continue
    }
  }
  return out
}

/** Adds statements, replacing those with the same Sid (how override and source documents combine). */
function mergeBySid(base: Values[], extra: Values[]): Values[] {
  const out = [...base]
  for (const s of extra) {
    const i = typeof s.Sid === 'string' ? out.findIndex((x) => x.Sid === s.Sid) : -1
    if (i >= 0) out[i] = s
    else out.push(s)
  }
  return out
}

/** The policy document of a data source's evaluated values: a JSON string, or a PartialUnknown when partly unknown. */
export function policyDocument(v: Values): unknown {
  const blocks = blocksOf(v, 'statement')
  if (isUnknown(blocks)) return blocks
  let statements: Values[] = []
  for (const b of blocks) {
    const s = statement(b)
    if (isUnknown(s)) return s
    statements.push(s)
  }
  if (v.source_policy_documents !== undefined) {
    const source = statementsOf(v.source_policy_documents)
    if (isUnknown(source)) return source
    statements = mergeBySid(source, statements)
  }
  if (v.override_policy_documents !== undefined) {
    const override = statementsOf(v.override_policy_documents)
    if (isUnknown(override)) return override
    statements = mergeBySid(statements, override)
  }
  const doc: Values = { Version: v.version ?? '2012-10-17' }
  if (v.policy_id !== undefined && v.policy_id !== null) doc.Id = v.policy_id
  doc.Statement = statements
  const u = deepOpaque(doc)
  if (u) return { $unknown: u.$unknown, partial: doc } satisfies PartialUnknown
  return JSON.stringify(doc, null, 2)
}
