/**
 * Evaluates CloudFormation intrinsic functions where their inputs are known, so adapters see the values a
 * deployed stack would have. Anything that depends on a value known only at deploy is Unknown with a reason;
 * a string is never half-resolved. References to resources become ResourceRef markers.
 * Reference: docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import { isUnknown, unknown, type Maybe, type Unknown } from '../../core/unknown.js'
import type { ResolveContext } from './context.js'
import { substitute } from './sub.js'
import { asText, isResourceRef } from './values.js'

export { isResourceRef, type ResourceRef } from './values.js'

/** Deepest value nesting resolveValue walks; parsed templates are already limited to yaml-tree's MAX_DEPTH. */
const MAX_RESOLVE_DEPTH = 256

type Intrinsic = (arg: unknown, ctx: ResolveContext, depth: number) => unknown

const atDeploy =
  (fn: string): Intrinsic =>
  () =>
    unknown(`${fn} is known only at deploy`)

const INTRINSICS: ReadonlyMap<string, Intrinsic> = new Map<string, Intrinsic>([
  ['Ref', (arg, ctx) => resolveRef(arg, ctx)],
  ['Condition', (arg, ctx) => (typeof arg === 'string' ? ctx.condition(arg) : malformed('Condition'))],
  ['Fn::GetAtt', resolveGetAtt],
  ['Fn::Sub', (arg, ctx, depth) => substitute(arg, (v) => resolveValue(v, ctx, depth + 1))],
  ['Fn::Join', resolveJoin],
  ['Fn::Select', resolveSelect],
  ['Fn::Split', resolveSplit],
  ['Fn::FindInMap', resolveFindInMap],
  ['Fn::If', resolveIf],
  ['Fn::Base64', resolveBase64],
  ['Fn::Equals', resolveEquals],
  ['Fn::Not', (arg, ctx) => logical('Fn::Not', arg, ctx)],
  ['Fn::And', (arg, ctx) => logical('Fn::And', arg, ctx)],
  ['Fn::Or', (arg, ctx) => logical('Fn::Or', arg, ctx)],
  // Fn::GetAZs lists the AZs of the account's region, which only the deploy knows.
  ['Fn::GetAZs', atDeploy('Fn::GetAZs')],
  ['Fn::ImportValue', atDeploy('Fn::ImportValue')],
  ['Fn::Cidr', () => unknown('Fn::Cidr is not evaluated')],
  ['Fn::Transform', atDeploy('Fn::Transform')],
])

/**
 * Resolves a template value. Returns `undefined` for AWS::NoValue (the property is removed: resolveValue drops
 * such entries from the mappings and lists that hold them). Never throws on malformed intrinsics.
 */
export function resolveValue(value: unknown, ctx: ResolveContext, depth = 0): unknown {
  if (depth > MAX_RESOLVE_DEPTH) return unknown(`value nested deeper than ${MAX_RESOLVE_DEPTH} levels`)
  if (Array.isArray(value)) {
    return value.map((item) => resolveValue(item, ctx, depth + 1)).filter((item) => item !== undefined)
  }
  if (typeof value !== 'object' || value === null || isUnknown(value) || isResourceRef(value)) return value
  const entries = Object.entries(value)
  const [first] = entries
  if (entries.length === 1 && first !== undefined && isIntrinsicCall(first[0], first[1])) {
    const fn = INTRINSICS.get(first[0])
    return fn === undefined ? unknown(`${first[0]} is not supported`) : fn(first[1], ctx, depth + 1)
  }
  const resolved = entries.map(([key, v]): [string, unknown] => [key, resolveValue(v, ctx, depth + 1)])
  return Object.fromEntries(resolved.filter(([, v]) => v !== undefined))
}

/** Evaluates a condition expression (a Conditions entry) to true, false or Unknown. */
export function evaluateCondition(expression: unknown, ctx: ResolveContext): Maybe<boolean> {
  const value = resolveValue(expression, ctx)
  if (isUnknown(value) || typeof value === 'boolean') return value
  // CloudFormation also accepts the strings "true"/"false" where a condition value is expected.
  if (value === 'true' || value === 'false') return value === 'true'
  return unknown('condition does not evaluate to a boolean')
}

// `Condition` is a function only with a string argument: elsewhere it is an ordinary key (e.g. in IAM policies).
function isIntrinsicCall(key: string, arg: unknown): boolean {
  return key === 'Ref' || (key === 'Condition' && typeof arg === 'string') || key.startsWith('Fn::')
}

function malformed(fn: string, expected?: string): Unknown {
  return unknown(expected === undefined ? `${fn} is malformed` : `${fn} is malformed: expected ${expected}`)
}

function resolveRef(arg: unknown, ctx: ResolveContext): unknown {
  if (typeof arg !== 'string') return malformed('Ref', 'a name')
  if (arg === 'AWS::NoValue') return undefined
  if (ctx.pseudo.has(arg)) return ctx.pseudo.get(arg)
  if (ctx.parameters.has(arg)) return ctx.parameters.get(arg)
  if (ctx.resources.has(arg)) return { $ref: arg }
  return unknown(`Ref to ${arg}, which is neither a parameter nor a resource`)
}

function resolveGetAtt(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  const parts = typeof arg === 'string' ? splitAtFirstDot(arg) : arg
  if (!Array.isArray(parts) || parts.length !== 2) return malformed('Fn::GetAtt', '[LogicalId, Attribute]')
  const [id, attr] = parts as [unknown, unknown]
  const attribute = resolveValue(attr, ctx, depth)
  if (isUnknown(attribute)) return attribute
  if (typeof id !== 'string' || typeof attribute !== 'string') return malformed('Fn::GetAtt', 'names')
  if (!ctx.resources.has(id)) return unknown(`Fn::GetAtt refers to ${id}, which is not a resource`)
  return { $ref: id, attribute }
}

function splitAtFirstDot(text: string): string[] | undefined {
  const dot = text.indexOf('.')
  return dot < 0 ? undefined : [text.slice(0, dot), text.slice(dot + 1)]
}

function resolveList(value: unknown, ctx: ResolveContext, depth: number, fn: string): Maybe<unknown[]> {
  const list = resolveValue(value, ctx, depth)
  if (isUnknown(list) || Array.isArray(list)) return list
  return malformed(fn, 'a list')
}

function resolveJoin(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string') {
    return malformed('Fn::Join', '[delimiter, list]')
  }
  const list = resolveList(arg[1], ctx, depth, 'Fn::Join')
  if (isUnknown(list)) return list
  const parts: string[] = []
  for (const item of list) {
    const text = asText(item, 'Fn::Join')
    if (isUnknown(text)) return text
    parts.push(text)
  }
  return parts.join(arg[0])
}

function resolveSelect(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 2) return malformed('Fn::Select', '[index, list]')
  const index = resolveValue(arg[0], ctx, depth)
  const list = resolveList(arg[1], ctx, depth, 'Fn::Select')
  if (isUnknown(index)) return index
  if (isUnknown(list)) return list
  const i = typeof index === 'number' ? index : Number(index)
  if (!Number.isInteger(i) || i < 0 || i >= list.length) return unknown(`Fn::Select index ${String(index)} is out of range`)
  return list[i]
}

function resolveSplit(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || arg[0] === '') {
    return malformed('Fn::Split', '[delimiter, string]')
  }
  const source = asText(resolveValue(arg[1], ctx, depth), 'Fn::Split')
  return isUnknown(source) ? source : source.split(arg[0])
}

function resolveFindInMap(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 3) return malformed('Fn::FindInMap', '[MapName, TopLevelKey, SecondLevelKey]')
  let current: unknown = ctx.mappings
  for (const key of arg) {
    const name = asText(resolveValue(key, ctx, depth), 'Fn::FindInMap')
    if (isUnknown(name)) return name
    const next = typeof current === 'object' && current !== null && Object.hasOwn(current, name)
    if (!next) return unknown(`Fn::FindInMap: no key ${name}`)
    current = (current as Record<string, unknown>)[name]
  }
  return resolveValue(current, ctx, depth)
}

function resolveIf(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
    return malformed('Fn::If', '[condition, value if true, value if false]')
  }
  const condition = ctx.condition(arg[0])
  if (isUnknown(condition)) return unknown(`Fn::If: ${condition.$unknown}`)
  return resolveValue(condition ? arg[1] : arg[2], ctx, depth)
}

function resolveBase64(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  const text = asText(resolveValue(arg, ctx, depth), 'Fn::Base64')
  return isUnknown(text) ? text : Buffer.from(text, 'utf8').toString('base64')
}

function resolveEquals(arg: unknown, ctx: ResolveContext, depth: number): unknown {
  if (!Array.isArray(arg) || arg.length !== 2) return malformed('Fn::Equals', '[value, value]')
  const [a, b] = arg.map((v) => resolveValue(v, ctx, depth))
  for (const side of [a, b]) if (isUnknown(side)) return side
  // Values compare as strings (a Number parameter equals "1"); lists and maps compare structurally.
  const canonical = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' ? String(x) : x))
  return canonical(a) === canonical(b)
}

function logical(fn: 'Fn::Not' | 'Fn::And' | 'Fn::Or', arg: unknown, ctx: ResolveContext): unknown {
  const arity = fn === 'Fn::Not' ? Array.isArray(arg) && arg.length === 1 : Array.isArray(arg) && arg.length >= 2
  if (!arity || !Array.isArray(arg)) return malformed(fn, fn === 'Fn::Not' ? '[condition]' : 'a list of conditions')
  const values = arg.map((c) => evaluateCondition(c, ctx))
  if (fn === 'Fn::Not') return isUnknown(values[0]) ? values[0] : !values[0]
  // One decisive operand settles the result even when others are Unknown (false for And, true for Or).
  const decisive = fn === 'Fn::Or'
  if (values.includes(decisive)) return decisive
  return values.find(isUnknown) ?? !decisive
}
