/**
 * IAM policy document helpers shared by checks (IAM, S3, KMS, ...): normalizing the JSON grammar, matching
 * actions, and the two questions most checks ask: "does this grant full admin?" and "is this public?".
 * Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { InlinePolicy, PolicyDocument, PolicyStatement } from '../../normalize/aws/types.js'

/** A statement whose Action/NotAction/Resource/NotResource are always arrays (absent stays absent). */
export interface NormalizedStatement extends PolicyStatement {
  Action?: string[]
  NotAction?: string[]
  Resource?: string[]
  NotResource?: string[]
}

/** Kinds of principal a policy can name; '*' is the bare `"Principal": "*"` (everyone, anonymous included). */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser' | '*'

/** One principal named by a statement. */
export interface PolicyPrincipal {
  type: PrincipalType
  value: string
}

/** A string-or-array policy element as an array ([] when absent). */
export function asList(value: string | readonly string[] | undefined | null): string[] {
  if (value === undefined || value === null) return []
  return typeof value === 'string' ? [value] : value.filter((v): v is string => typeof v === 'string')
}

/** Normalizes one raw statement; undefined for values that are not statements at all. */
function normalizeStatement(raw: unknown): NormalizedStatement | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
  const { Action, NotAction, Resource, NotResource, ...rest } = raw as PolicyStatement
  const out: NormalizedStatement = rest
  // Keep absent elements absent: "no NotAction" and "NotAction: []" mean different things.
  if (Action !== undefined && Action !== null) out.Action = asList(Action)
  if (NotAction !== undefined && NotAction !== null) out.NotAction = asList(NotAction)
  if (Resource !== undefined && Resource !== null) out.Resource = asList(Resource)
  if (NotResource !== undefined && NotResource !== null) out.NotResource = asList(NotResource)
  return out
}

/** The statements of a document as an array (Statement may be one object or a list); [] for no document. */
export function statements(doc: PolicyDocument | null | undefined): NormalizedStatement[] {
  if (!doc || typeof doc !== 'object') return []
  const raw: unknown = doc.Statement
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]
  return list.map(normalizeStatement).filter((s): s is NormalizedStatement => s !== undefined)
}

/**
 * True when every action named by `action` is matched by the IAM pattern `pattern`. With a plain action
 * (`s3:GetObject`) this is IAM's own matching: `*` = any run, `?` = one character, case-insensitive in both
 * the service prefix and the action name (reference_policies_elements_action.html). When `action` holds
 * wildcards too, its `*` must be absorbed by a `*` of the pattern, so `s3:*` covers `s3:Get*` but `s3:Get?`
 * does not.
 */
export function actionMatches(pattern: string, action: string): boolean {
  const p = pattern.toLowerCase()
  const a = action.toLowerCase()
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const key = i * (a.length + 1) + j
    const hit = memo.get(key)
    if (hit !== undefined) return hit
    let r: boolean
    if (i === p.length) r = j === a.length
    else if (p[i] === '*') r = go(i + 1, j) || (j < a.length && go(i, j + 1))
    else if (j === a.length || a[j] === '*') r = false
    else r = (p[i] === '?' || p[i] === a[j]) && go(i + 1, j + 1)
    memo.set(key, r)
    return r
  }
  return go(0, 0)
}

/** True when two IAM action patterns name at least one action in common (`s3:Get*` and `s3:*Object`). */
export function actionPatternsOverlap(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  const memo = new Map<number, boolean>()
  const go = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j
    const hit = memo.get(key)
    if (hit !== undefined) return hit
    let r: boolean
    if (i === x.length && j === y.length) r = true
    else if (i < x.length && x[i] === '*') r = go(i + 1, j) || (j < y.length && go(i, j + 1))
    else if (j < y.length && y[j] === '*') r = go(i, j + 1) || (i < x.length && go(i + 1, j))
    else if (i === x.length || j === y.length) r = false
    else r = (x[i] === '?' || y[j] === '?' || x[i] === y[j]) && go(i + 1, j + 1)
    memo.set(key, r)
    return r
  }
  return go(0, 0)
}

/**
 * True when the statement's Action/NotAction applies to at least one action named by `action` (a plain
 * action or a pattern). Effect, principals, resources and conditions are not considered here.
 */
export function statementMatchesAction(stmt: PolicyStatement, action: string): boolean {
  if (stmt.Action !== undefined) return asList(stmt.Action).some((p) => actionPatternsOverlap(p, action))
  // NotAction applies to everything it does not list: only a NotAction entry covering all of `action` excludes it.
  if (stmt.NotAction !== undefined) return !asList(stmt.NotAction).some((p) => actionMatches(p, action))
  return false
}

/** True for an action pattern that names every action of every service. */
function isAllActions(pattern: string): boolean {
  return pattern === '*' || pattern === '*:*'
}

/** True for a resource pattern that names every resource: `*`, or an ARN made only of wildcards (`arn:aws:*:*:*:*`). */
function isAllResources(pattern: string): boolean {
  return pattern === '*' || /^arn:[^:]+(:\*)+$/.test(pattern)
}

/**
 * True for an Allow statement that grants full administrative access ("*:*" in CIS terms).
 * - `Action: "*"` (or `"*:*"`) on `Resource: "*"`.
 * - `NotAction` on `Resource: "*"` (unless the NotAction itself is `*`): an allow-by-exclusion grants every action
 *   of every service not listed, including services AWS adds later. Even the usual carve-out (`iam:*`, as in
 *   PowerUserAccess) leaves sts:AssumeRole on every role that trusts the account, so it is treated as admin.
 * - `NotResource` in place of `Resource: "*"` likewise covers every resource but a few.
 * Conditions are ignored: a condition such as aws:MultiFactorAuthPresent limits when, not what, and CIS counts
 * such policies as admin grants too.
 */
export function isFullAdminStatement(stmt: PolicyStatement): boolean {
  if (stmt.Effect !== 'Allow') return false
  const allActions =
    stmt.Action !== undefined ? asList(stmt.Action).some(isAllActions) : stmt.NotAction !== undefined && !asList(stmt.NotAction).some(isAllActions)
  const allResources =
    stmt.Resource !== undefined
      ? asList(stmt.Resource).some(isAllResources)
      : stmt.NotResource !== undefined && !asList(stmt.NotResource).some(isAllResources)
  return allActions && allResources
}

/** The statements of `doc` that grant full administrative access (see isFullAdminStatement). */
export function fullAdminStatements(doc: PolicyDocument | null | undefined): NormalizedStatement[] {
  return statements(doc).filter(isFullAdminStatement)
}

/** True when some Allow statement of `doc` grants full administrative access (see isFullAdminStatement). */
export function grantsFullAdmin(doc: PolicyDocument | null | undefined): boolean {
  return fullAdminStatements(doc).length > 0
}

/** Names of the inline policies whose document grants full administrative access. */
export function fullAdminInlinePolicies(policies: readonly InlinePolicy[]): string[] {
  return policies.filter((p) => grantsFullAdmin(p.document)).map((p) => p.name)
}

const PRINCIPAL_TYPES: Record<string, Exclude<PrincipalType, '*'>> = {
  aws: 'AWS',
  service: 'Service',
  federated: 'Federated',
  canonicaluser: 'CanonicalUser',
}

/** Principals named by a `Principal` (or `NotPrincipal`) element, flattened to { type, value } pairs. */
function flattenPrincipals(element: PolicyStatement['Principal']): PolicyPrincipal[] {
  if (element === undefined || element === null) return []
  if (typeof element === 'string') return element === '*' ? [{ type: '*', value: '*' }] : []
  const out: PolicyPrincipal[] = []
  for (const [key, values] of Object.entries(element)) {
    const type = PRINCIPAL_TYPES[key.toLowerCase()]
    if (!type) continue
    for (const value of asList(values)) out.push({ type, value })
  }
  return out
}

/** The principals a statement's `Principal` element names ([] when it has none, as in identity policies). */
export function principalsOf(stmt: PolicyStatement): PolicyPrincipal[] {
  return flattenPrincipals(stmt.Principal)
}

/**
 * True when the statement applies to anyone: `"Principal": "*"`, or an AWS principal list containing `*`
 * (a partial wildcard such as `arn:aws:iam::*:root` is not valid IAM, so any `*` is read as "everyone").
 * A `NotPrincipal` element also counts: it matches every principal not listed, anonymous users included
 * (reference_policies_elements_notprincipal.html).
 */
export function isPublicPrincipal(stmt: PolicyStatement): boolean {
  if (stmt.NotPrincipal !== undefined && stmt.NotPrincipal !== null) return true
  return principalsOf(stmt).some((p) => p.type === '*' || (p.type === 'AWS' && p.value.includes('*')))
}

/**
 * Condition keys that limit who (which account, organization, network or caller) can use a statement.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
export const RESTRICTING_CONDITION_KEYS: readonly string[] = [
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOwner',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:SourceIp',
  'aws:userid',
  'aws:username',
  'sts:ExternalId',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
  'kms:CallerAccount',
]

const RESTRICTING_KEYS = new Set(RESTRICTING_CONDITION_KEYS.map((k) => k.toLowerCase()))
// Positive-match operators only: a negated operator (StringNotEquals, NotIpAddress) lets everyone else in.
const RESTRICTING_OPERATORS = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike', 'ipaddress'])

/**
 * True when a condition operator can restrict: a positive match operator, optionally with ForAnyValue.
 * Not with ForAllValues, which is true when the key is missing from the request (an anonymous caller has no
 * aws:PrincipalOrgID), nor with ...IfExists, which is true for the same reason.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
function isRestrictingOperator(operator: string): boolean {
  let op = operator.toLowerCase()
  if (op.startsWith('forallvalues:')) return false
  if (op.startsWith('foranyvalue:')) op = op.slice('foranyvalue:'.length)
  if (op.endsWith('ifexists')) return false
  return RESTRICTING_OPERATORS.has(op)
}

/** True when a condition value narrows the match: not empty, not only wildcards, not 0.0.0.0/0, not any-account ARN. */
function isRestrictingValue(value: string): boolean {
  const v = value.trim()
  if (/^[*?]*$/.test(v)) return false
  if (/^[0-9a-f.:]+\/0$/i.test(v)) return false
  if (!v.toLowerCase().startsWith('arn:')) return true
  // arn:partition:service:region:account:resource — a wildcard account matches every account;
  // an empty account (S3 bucket ARNs) is only restricting when the resource part names something.
  const parts = v.split(':')
  const account = parts[4]
  if (account === undefined) return false
  if (account === '') return /[^*?/]/.test(parts.slice(5).join(':'))
  return !/^[*?]+$/.test(account)
}

/**
 * True when the statement has a condition that limits who can use it: a key of RESTRICTING_CONDITION_KEYS
 * under a positive operator (StringEquals/StringLike/ArnEquals/ArnLike/IpAddress, ForAnyValue allowed) whose
 * values are all restricting. Values of one key are ORed, so a single `*` among them lets anyone through.
 */
export function hasRestrictingCondition(stmt: PolicyStatement): boolean {
  const condition = stmt.Condition
  if (!condition || typeof condition !== 'object') return false
  for (const [operator, block] of Object.entries(condition)) {
    if (!isRestrictingOperator(operator) || typeof block !== 'object' || block === null) continue
    for (const [key, raw] of Object.entries(block)) {
      if (!RESTRICTING_KEYS.has(key.toLowerCase())) continue
      const values = (Array.isArray(raw) ? raw : [raw]).map((v) => String(v))
      if (values.length > 0 && values.every(isRestrictingValue)) return true
    }
  }
  return false
}

/**
 * Allow statements open to anyone: a public principal (see isPublicPrincipal) and no restricting condition.
 * With `actionPatterns`, only statements that apply to at least one of them (`['s3:GetObject', 's3:ListBucket']`).
 * Deny statements are not subtracted, so a result is a candidate for "public" that callers may report as such.
 */
export function publicStatements(doc: PolicyDocument | null | undefined, actionPatterns?: readonly string[]): NormalizedStatement[] {
  return statements(doc).filter(
    (s) =>
      s.Effect === 'Allow' &&
      isPublicPrincipal(s) &&
      !hasRestrictingCondition(s) &&
      (!actionPatterns || actionPatterns.some((a) => statementMatchesAction(s, a))),
  )
}

/** A short label for messages: `statement "Sid"`, or `statement #n` (1-based) when it has no Sid. */
export function statementLabel(stmt: PolicyStatement, index?: number): string {
  if (stmt.Sid) return `statement "${stmt.Sid}"`
  return index === undefined ? 'an unnamed statement' : `statement #${index + 1}`
}

/**
 * The account an AWS principal belongs to: a bare account id, `arn:<partition>:iam::<account>:root|user/…|role/…`
 * or `arn:<partition>:sts::<account>:assumed-role/…`. Undefined for `*`, services and federated principals.
 */
export function principalAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value
  const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(value)
  return m?.[1]
}

/** An Allow statement naming AWS principals of other accounts, with those accounts. */
export interface AccountGrant {
  statement: NormalizedStatement
  index: number
  accounts: string[]
}

/**
 * Allow statements that name AWS principals in accounts other than `owner` and carry no condition that limits
 * who can use them (aws:PrincipalOrgID and the other keys of RESTRICTING_CONDITION_KEYS). Public statements are
 * left to publicStatements().
 */
export function accountGrants(doc: PolicyDocument | null | undefined, owner: string): AccountGrant[] {
  const out: AccountGrant[] = []
  statements(doc).forEach((statement, index) => {
    if (statement.Effect !== 'Allow' || isPublicPrincipal(statement) || hasRestrictingCondition(statement)) return
    const accounts = principalsOf(statement)
      .filter((p) => p.type === 'AWS')
      .map((p) => principalAccount(p.value))
      .filter((a): a is string => a !== undefined && a !== owner)
    if (accounts.length > 0) out.push({ statement, index, accounts: [...new Set(accounts)] })
  })
  return out
}
