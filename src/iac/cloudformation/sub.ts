/**
 * Fn::Sub: `${Name}` is a parameter, pseudo parameter, resource (Ref) or a name from the variable map,
 * `${Resource.Attribute}` is Fn::GetAtt, and `${!Literal}` writes `${Literal}` verbatim.
 * Reference: docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html
 */
import { isUnknown, unknown, type Maybe } from '../../core/unknown.js'
import { asText } from './values.js'

/** Resolves a Fn::Sub argument (string or [string, variables]) to a string, or Unknown if any part is. */
export function substitute(arg: unknown, resolve: (value: unknown) => unknown): Maybe<string> {
  const [template, variables]: unknown[] = Array.isArray(arg) ? (arg as unknown[]) : [arg, {}]
  const isMapping = typeof variables === 'object' && variables !== null && !Array.isArray(variables)
  if (typeof template !== 'string' || !isMapping || (Array.isArray(arg) && arg.length !== 2)) {
    return unknown('Fn::Sub is malformed: expected a string or [string, variables]')
  }
  const vars = variables as Record<string, unknown>
  const lookup = (name: string): Maybe<string> => {
    if (Object.hasOwn(vars, name)) return asText(resolve(vars[name]), `Fn::Sub \${${name}}`)
    const dot = name.indexOf('.')
    const call = dot < 0 ? { Ref: name } : { 'Fn::GetAtt': [name.slice(0, dot), name.slice(dot + 1)] }
    return asText(resolve(call), `Fn::Sub \${${name}}`)
  }
  return interpolate(template, lookup)
}

function interpolate(template: string, lookup: (name: string) => Maybe<string>): Maybe<string> {
  let out = ''
  let at = 0
  for (let open = template.indexOf('${'); open >= 0; open = template.indexOf('${', at)) {
    const close = template.indexOf('}', open + 2)
    if (close < 0) break // an unterminated "${" is plain text
    out += template.slice(at, open)
    const name = template.slice(open + 2, close).trim()
    if (name.startsWith('!')) {
      out += `\${${name.slice(1)}}`
    } else {
      const value = lookup(name)
      if (isUnknown(value)) return value
      out += value
    }
    at = close + 1
  }
  return out + template.slice(at)
}
