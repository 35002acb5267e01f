/**
 * The values intrinsic functions resolve against: parameter values (template defaults overridden by the caller),
 * pseudo parameters, mappings, the logical ids of resources, and conditions evaluated lazily from the template.
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { evaluateCondition } from './intrinsics.js'
import type { ParsedTemplate, TemplateParameter, TemplateResource } from './types.js'

/** Values the caller knows about the deployment; everything left out stays Unknown (or the documented default). */
export interface ContextOptions {
  /** Parameter values, as `aws cloudformation deploy --parameter-overrides` would pass them. */
  readonly parameters?: Readonly<Record<string, string | number | readonly string[]>>
  readonly region?: string
  readonly accountId?: string
  readonly stackName?: string
  /** Defaults to 'aws'. */
  readonly partition?: string
  /** Defaults to 'amazonaws.com'. */
  readonly urlSuffix?: string
}

/** Everything resolveValue needs; build it with createContext. */
export interface ResolveContext {
  readonly parameters: ReadonlyMap<string, Maybe<unknown>>
  /** Pseudo parameters except AWS::NoValue, which resolveValue handles itself. */
  readonly pseudo: ReadonlyMap<string, Maybe<unknown>>
  readonly mappings: Readonly<Record<string, unknown>>
  readonly resources: ReadonlySet<string>
  /** Value of a named condition: true, false, or Unknown with the reason. */
  condition(name: string): Maybe<boolean>
}

/** Builds the resolution context of a template; conditions are evaluated on first use and memoised. */
export function createContext(template: ParsedTemplate, options: ContextOptions = {}): ResolveContext {
  const memo = new Map<string, Maybe<boolean>>()
  const evaluating = new Set<string>()
  const context: ResolveContext = {
    parameters: new Map(Object.values(template.parameters).map((p) => [p.name, parameterValue(p, options)])),
    pseudo: pseudoParameters(options),
    mappings: template.mappings,
    resources: new Set(template.resources.map((r) => r.logicalId)),
    condition(name) {
      const cached = memo.get(name)
      if (cached !== undefined) return cached
      if (!Object.hasOwn(template.conditions, name)) return unknown(`condition ${name} is not defined`)
      if (evaluating.has(name)) return unknown(`condition ${name} refers to itself`)
      evaluating.add(name)
      const value = evaluateCondition(template.conditions[name], context)
      evaluating.delete(name)
      memo.set(name, value)
      return value
    },
  }
  return context
}

/** Whether a resource is created: true without a Condition, else the value of its condition. */
export function isResourceCreated(resource: TemplateResource, ctx: ResolveContext): Maybe<boolean> {
  return resource.condition === undefined ? true : ctx.condition(resource.condition)
}

// Pseudo parameters: docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
function pseudoParameters(options: ContextOptions): Map<string, Maybe<unknown>> {
  const atDeploy = (name: string) => unknown(`${name} is known only at deploy`)
  return new Map<string, Maybe<unknown>>([
    ['AWS::Region', options.region ?? atDeploy('AWS::Region')],
    ['AWS::AccountId', options.accountId ?? atDeploy('AWS::AccountId')],
    ['AWS::StackName', options.stackName ?? atDeploy('AWS::StackName')],
    ['AWS::Partition', options.partition ?? 'aws'],
    ['AWS::URLSuffix', options.urlSuffix ?? 'amazonaws.com'],
    ['AWS::StackId', atDeploy('AWS::StackId')],
    ['AWS::NotificationARNs', atDeploy('AWS::NotificationARNs')],
  ])
}

/** The value a Ref to this parameter yields: the caller's value, else the Default, else Unknown. */
function parameterValue(parameter: TemplateParameter, options: ContextOptions): Maybe<unknown> {
  const { name, type } = parameter
  // SSM parameter types hold the *name* of a Parameter Store entry, read by CloudFormation at deploy time.
  if (type.startsWith('AWS::SSM::Parameter::Value<')) return unknown(`parameter ${name} is read from SSM at deploy`)
  const given = options.parameters !== undefined && Object.hasOwn(options.parameters, name)
  const raw: unknown = given ? options.parameters?.[name] : parameter.default
  if (raw === undefined) return unknown(`parameter ${name} has no default`)
  const value = coerce(type, raw)
  if (isUnknown(value)) return unknown(`parameter ${name}: ${value.$unknown}`)
  const allowed = parameter.allowedValues
  if (allowed !== undefined && !allowed.some((a) => String(a) === String(value))) {
    return unknown(`parameter ${name} value is not one of its AllowedValues`)
  }
  return value
}

// Parameter types: docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html
function coerce(type: string, raw: unknown): Maybe<unknown> {
  if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
    if (Array.isArray(raw)) return raw.map(String)
    return typeof raw === 'string' ? raw.split(',').map((s) => s.trim()) : unknown(`expected a list for ${type}`)
  }
  if (type === 'Number') {
    const number = typeof raw === 'number' ? raw : Number(raw)
    return typeof raw !== 'boolean' && raw !== '' && Number.isFinite(number) ? number : unknown('expected a number')
  }
  // A Ref to any other parameter type yields a string, even when the Default was written as a YAML number.
  const isScalar = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
  return isScalar ? String(raw) : unknown(`expected a scalar for ${type}`)
}
