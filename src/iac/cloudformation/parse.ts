/**
 * CloudFormation template parsing: YAML or JSON text → a ParsedTemplate with resources, their locations and
 * inline suppressions, or a list of errors with file, line and column. Never throws on bad input.
 * Anatomy: docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html
 */
import { isMap, isScalar, type Node, type Pair } from 'yaml'
import { readSuppressions } from './suppressions.js'
import type { ParseResult, TemplateError, TemplateParameter, TemplateResource } from './types.js'
import { contentEnd, errorAt, lineAt, loadYaml, toPlain, type YamlSource } from './yaml-tree.js'

type Plain = Record<string, unknown>

/** Extensions a directory scan considers for CloudFormation; anything else is skipped without reading it. */
export const TEMPLATE_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json', '.template']

// A top-level AWSTemplateFormatVersion key, or a Resources key together with a `Type: AWS::…` (or Alexa::,
// Custom::) value, in YAML or JSON spelling. Plain regular expressions: linear, and tolerant of broken files.
const FORMAT_VERSION = /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m
const RESOURCES_KEY = /(^|[{,]\s*)["']?Resources["']?\s*:/m
const RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(AWS|Alexa|Custom)::/

/** Cheap guess whether a file is a CloudFormation template, so a directory scan can skip other YAML and JSON. */
export function looksLikeCloudFormation(text: string, file: string): boolean {
  const lower = file.toLowerCase()
  if (!TEMPLATE_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false
  return FORMAT_VERSION.test(text) || (RESOURCES_KEY.test(text) && RESOURCE_TYPE.test(text))
}

/** Parses one template file; syntax errors and non-template documents come back as `{ ok: false, errors }`. */
export function parseTemplate(text: string, file: string): ParseResult {
  const loaded = loadYaml(text, file)
  if (!loaded.ok) return loaded
  const { root, src } = loaded
  if (!isMap(root)) return { ok: false, errors: [errorAt(src, root?.range?.[0] ?? 0, 'a template must be a mapping')] }
  const errors: TemplateError[] = []
  const problems: TemplateError[] = []
  const top = new Map<string, Pair<unknown, unknown>>()
  for (const pair of root.items) if (isScalar(pair.key)) top.set(String(pair.key.value), pair)
  const section = (name: string): Plain => asRecord(toPlain(top.get(name)?.value, src, errors))
  const resources = readResources(top.get('Resources'), src, errors, problems)
  const template = {
    file,
    ...versionOf(top, src, errors),
    parameters: readParameters(top.get('Parameters'), src, errors),
    conditions: section('Conditions'),
    mappings: section('Mappings'),
    outputs: section('Outputs'),
    resources,
    problems,
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template }
}

function versionOf(top: Map<string, Pair<unknown, unknown>>, src: YamlSource, errors: TemplateError[]) {
  const version = toPlain(top.get('AWSTemplateFormatVersion')?.value, src, errors)
  return typeof version === 'string' ? { formatVersion: version } : {}
}

function asRecord(value: unknown): Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Plain) : {}
}

function keyOffset(pair: Pair<unknown, unknown>): number {
  return (pair.key as Node).range?.[0] ?? 0
}

function readResources(
  pair: Pair<unknown, unknown> | undefined,
  src: YamlSource,
  errors: TemplateError[],
  problems: TemplateError[],
): TemplateResource[] {
  if (pair === undefined) {
    errors.push(errorAt(src, 0, 'not a CloudFormation template: no Resources section'))
    return []
  }
  if (!isMap(pair.value)) {
    errors.push(errorAt(src, keyOffset(pair), 'Resources must be a mapping of logical ids to resources'))
    return []
  }
  const resources: TemplateResource[] = []
  for (const item of pair.value.items) {
    const resource = readResource(item, src, errors, problems)
    if (resource) resources.push(resource)
  }
  return resources
}

function readResource(
  pair: Pair<unknown, unknown>,
  src: YamlSource,
  errors: TemplateError[],
  problems: TemplateError[],
): TemplateResource | undefined {
  const logicalId = String(isScalar(pair.key) ? pair.key.value : '')
  const at = keyOffset(pair)
  const node = pair.value as Node | null
  const body = toPlain(node, src, errors)
  if (node === null || !isMap(node)) {
    errors.push(errorAt(src, at, `resource ${logicalId} must be a mapping`, logicalId))
    return undefined
  }
  const plain = asRecord(body)
  const fail = (message: string): undefined => void errors.push(errorAt(src, at, message, logicalId))
  if (typeof plain.Type !== 'string' || plain.Type === '') return fail(`resource ${logicalId} has no Type`)
  const { Properties: properties = {}, DependsOn: dependsOn = [], Condition: condition } = plain
  if (asRecord(properties) !== properties) return fail(`Properties of ${logicalId} must be a mapping`)
  const depends = typeof dependsOn === 'string' ? [dependsOn] : dependsOn
  if (!Array.isArray(depends) || !depends.every((d) => typeof d === 'string')) {
    return fail(`DependsOn of ${logicalId} must be a logical id or a list of them`)
  }
  if (condition !== undefined && typeof condition !== 'string') return fail(`Condition of ${logicalId} must be a name`)
  return {
    logicalId,
    type: plain.Type,
    properties: properties as Plain,
    dependsOn: depends,
    ...(condition === undefined ? {} : { condition }),
    ...(plain.Metadata === undefined ? {} : { metadata: asRecord(plain.Metadata) }),
    ...(typeof plain.DeletionPolicy === 'string' ? { deletionPolicy: plain.DeletionPolicy } : {}),
    location: { file: src.file, startLine: lineAt(src, at), endLine: lineAt(src, contentEnd(node, src.text)) },
    suppressions: readSuppressions(node, logicalId, src, problems),
  }
}

function readParameters(pair: Pair<unknown, unknown> | undefined, src: YamlSource, errors: TemplateError[]): Record<string, TemplateParameter> {
  if (pair === undefined || !isMap(pair.value)) return {}
  const parameters: [string, TemplateParameter][] = []
  for (const item of pair.value.items) {
    const name = String(isScalar(item.key) ? item.key.value : '')
    const raw = asRecord(toPlain(item.value, src, errors))
    const at = keyOffset(item)
    if (typeof raw.Type !== 'string') {
      errors.push(errorAt(src, at, `parameter ${name} has no Type`))
      continue
    }
    const allowed = raw.AllowedValues
    parameters.push([
      name,
      {
        name,
        type: raw.Type,
        ...('Default' in raw ? { default: raw.Default } : {}),
        ...(Array.isArray(allowed) ? { allowedValues: allowed } : {}),
        line: lineAt(src, at),
        raw,
      },
    ])
  }
  return Object.fromEntries(parameters)
}
