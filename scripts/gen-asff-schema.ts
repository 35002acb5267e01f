/**
 * Derives schema/vendor/asff-batch-import-findings.schema.json (JSON Schema 2020-12) from AWS's official Security Hub
 * API model, because AWS publishes no JSON Schema for the AWS Security Finding Format. The model is botocore's
 * `securityhub/2018-10-26/service-2.json` (PyPI `botocore`, Apache-2.0).
 *
 *   npx tsx scripts/gen-asff-schema.ts [path/to/service-2.json(.gz)]
 *
 * Without a path it asks the local Python for botocore. Mapping: structure → object (required members, no extra
 * members), list → array, map → object, string enum/pattern/min/max → enum/pattern/minLength/maxLength, integer and
 * long → integer, double → number. The model's own min/max are kept; the limits AWS documents only in prose ("Length
 * Constraints: Minimum length of 1. Maximum length of 256.", "Array Members: Maximum number of 32 items.", "up to 50
 * key-value pairs") are parsed from each member's documentation and added to that member, and members documented
 * as timestamps get `format: date-time`. Documentation text itself is dropped to keep the file small.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

interface MemberRef {
  shape: string
  documentation?: string
}
interface Shape {
  type: string
  members?: Record<string, MemberRef>
  required?: string[]
  member?: MemberRef
  key?: MemberRef
  value?: MemberRef
  enum?: string[]
  pattern?: string
  min?: number
  max?: number
  documentation?: string
}
interface Model {
  metadata: { apiVersion: string; uid: string }
  shapes: Record<string, Shape>
}
type Schema = Record<string, unknown>

const OUT = 'schema/vendor/asff-batch-import-findings.schema.json'
const ROOT = 'BatchImportFindingsRequest'

function botocoreModelPath(): { path: string; version: string } {
  const out = execFileSync('python3', ['-c', 'import botocore, os; print(botocore.__version__); print(os.path.dirname(botocore.__file__))'], {
    encoding: 'utf8',
  })
  const [version, dir] = out.trim().split('\n') as [string, string]
  return { path: join(dir, 'data/securityhub/2018-10-26/service-2.json.gz'), version }
}

function readModel(path: string): Model {
  const raw = readFileSync(path)
  return JSON.parse((path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')) as Model
}

const strip = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Limits AWS states only in a member's documentation, as JSON Schema keywords for that member. */
function documentedLimits(doc: string | undefined, type: string): Schema {
  if (!doc) return {}
  const text = strip(doc)
  // Members whose documentation points at the API reference's "Timestamps" section take RFC 3339 date-times.
  const timestamp = type === 'string' && doc.includes('#timestamps')
  const out: Schema = {}
  const num = (re: RegExp): number | undefined => {
    const m = re.exec(text)
    return m ? Number(m[1]) : undefined
  }
  if (type === 'string') {
    // "Length Constraints: 128." is written both for an exact length (account ids) and for a maximum: keep only the maximum.
    const min = num(/Length Constraints: Minimum (?:length )?of (\d+)/)
    const max = num(/Length Constraints: (\d+)\./) ?? num(/Maximum (?:length )?of (\d+)(?: length)?\./)
    if (min !== undefined) out.minLength = min
    if (max !== undefined) out.maxLength = max
    if (timestamp) out.format = 'date-time'
    if (min !== undefined || max !== undefined || timestamp) out.type = 'string'
  } else if (type === 'list') {
    const min = num(/Array Members: Minimum number of (\d+) items?/)
    const max = num(/Maximum number of (\d+) items/) ?? num(/Maximum of (\d+) \w+ per request/)
    if (min !== undefined) out.minItems = min
    if (max !== undefined) out.maxItems = max
    if (min !== undefined || max !== undefined) out.type = 'array'
  } else if (type === 'map') {
    const pairs = num(/up to (\d+) key-value pairs/)
    const key = num(/the key can contain up to (\d+) characters/)
    const value = num(/the value can contain up to (\d+) characters/)
    if (pairs !== undefined) out.maxProperties = pairs
    if (key !== undefined) out.propertyNames = { type: 'string', maxLength: key }
    if (value !== undefined) out.additionalProperties = { type: 'string', maxLength: value }
    if (Object.keys(out).length > 0) out.type = 'object'
  }
  // Strict validators want the type beside type-specific keywords, even where the $ref already says it.
  return out
}

function shapeSchema(shape: Shape, model: Model): Schema {
  const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` })
  const bounds = (minKey: string, maxKey: string): Schema => ({
    ...(shape.min !== undefined ? { [minKey]: shape.min } : {}),
    ...(shape.max !== undefined ? { [maxKey]: shape.max } : {}),
  })
  switch (shape.type) {
    case 'structure': {
      const properties: Record<string, Schema> = {}
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const target = model.shapes[member.shape]!
        const limits = documentedLimits(member.documentation, target.type)
        if (target.type === 'map' && limits.additionalProperties) {
          // Value limits apply to the map's values: keep the value shape and add the bound beside it.
          const value = limits.additionalProperties as Schema
          limits.additionalProperties = { allOf: [ref(target.value!.shape), value] }
        }
        properties[name] = Object.keys(limits).length > 0 ? { ...ref(member.shape), ...limits } : ref(member.shape)
      }
      return {
        type: 'object',
        properties,
        ...(shape.required?.length ? { required: shape.required } : {}),
        additionalProperties: false,
      }
    }
    case 'list':
      return { type: 'array', items: ref(shape.member!.shape), ...bounds('minItems', 'maxItems') }
    case 'map':
      return {
        type: 'object',
        propertyNames: ref(shape.key!.shape),
        additionalProperties: ref(shape.value!.shape),
        ...bounds('minProperties', 'maxProperties'),
      }
    case 'string':
      return {
        type: 'string',
        ...(shape.enum ? { enum: shape.enum } : {}),
        ...(shape.pattern ? { pattern: shape.pattern } : {}),
        ...bounds('minLength', 'maxLength'),
      }
    case 'boolean':
      return { type: 'boolean' }
    case 'integer':
    case 'long':
      return { type: 'integer', ...bounds('minimum', 'maximum') }
    case 'double':
    case 'float':
      return { type: 'number', ...bounds('minimum', 'maximum') }
    default:
      throw new Error(`unsupported shape type ${shape.type}`)
  }
}

/** Every shape reachable from the request, in name order, as JSON Schema definitions. */
function deriveSchema(model: Model, source: string): Schema {
  const reachable = new Set<string>()
  const stack = [ROOT]
  while (stack.length > 0) {
    const name = stack.pop()!
    if (reachable.has(name)) continue
    const shape = model.shapes[name]
    if (!shape) throw new Error(`shape ${name} is not in the model`)
    reachable.add(name)
    for (const m of Object.values(shape.members ?? {})) stack.push(m.shape)
    for (const m of [shape.member, shape.key, shape.value]) if (m) stack.push(m.shape)
  }
  const defs = Object.fromEntries([...reachable].sort().map((name) => [name, shapeSchema(model.shapes[name]!, model)]))
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:posture:vendor:asff-batch-import-findings',
    title: 'AWS Security Hub BatchImportFindings request (AWS Security Finding Format 2018-10-08)',
    $comment: `Generated by scripts/gen-asff-schema.ts from ${source} (${model.metadata.uid}); do not edit by hand.`,
    $ref: `#/$defs/${ROOT}`,
    $defs: defs,
  }
}

const arg = process.argv[2]
const { path, version } = arg ? { path: arg, version: 'unknown' } : botocoreModelPath()
const schema = deriveSchema(readModel(path), `botocore ${version} data/securityhub/2018-10-26/service-2.json`)
// Formatted like every JSON file in the repository, so `prettier --check` passes on the generated file.
writeFileSync(OUT, await format(JSON.stringify(schema), { ...(await resolveConfig(OUT)), filepath: OUT }))
console.log(`wrote ${OUT}: ${Object.keys(schema.$defs as object).length} definitions`)
