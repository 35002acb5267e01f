/**
 * Generates schema/vendor/ocsf-<version>-compliance_finding.schema.json (JSON Schema 2020-12) for the OCSF class
 * Posture emits, from the official compiled OCSF schema: the OCSF server's export
 * (https://schema.ocsf.io/<version>/export/v2/schema), which is the ocsf/ocsf-schema repository compiled by the OCSF
 * server. No JSON-Schema export of the class is published in a repository or package we can fetch, so this script
 * applies the OCSF server's own JSON-Schema rules (lib/schema/json_schema.ex in ocsf/ocsf-server) to the export:
 *
 *   npx tsx scripts/gen-ocsf-schema.ts path/to/1.8.0.json [class] [profile,profile]
 *
 * The 1.8.0 export is also shipped verbatim in PyPI `ocsf-json-schema` 1.2.0 (ocsf_json_schema/ocsf/1.8.0.json).
 * Rules: a class or object becomes an object schema with its attributes as properties (only attributes of the selected
 * profiles), `required` attributes required, no other properties (except objects without attributes, e.g. `object`,
 * which stay open); object attributes reference `$defs/<object>`; arrays wrap items; scalar types resolve through the
 * dictionary's type hierarchy to string/integer/number/boolean with the type's regex, max_len and range; integer
 * enums (the `_id` attributes) become enum/const; deprecated attributes are marked `deprecated`; `at_least_one` and
 * `just_one` constraints become anyOf/oneOf of `required`. String enums are suggestions in OCSF and are not enforced.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'

interface OcsfAttribute {
  type: string
  caption?: string
  requirement?: string
  object_type?: string
  is_array?: boolean
  enum?: Record<string, unknown>
  profiles?: string[] | null
  '@deprecated'?: unknown
}
interface OcsfType {
  type?: string
  regex?: string
  max_len?: number
  range?: [number, number]
}
interface OcsfRecord {
  name: string
  caption: string
  attributes: Record<string, OcsfAttribute>
  constraints?: { at_least_one?: string[]; just_one?: string[] }
}
interface OcsfExport {
  version: string
  classes: Record<string, OcsfRecord & { uid: number }>
  objects: Record<string, OcsfRecord>
  dictionary: { types: { attributes: Record<string, OcsfType> } }
}
type Schema = Record<string, unknown>

const BASE: Record<string, string> = {
  string_t: 'string',
  integer_t: 'integer',
  long_t: 'integer',
  float_t: 'number',
  boolean_t: 'boolean',
}

const [path, className = 'compliance_finding', profileList = 'cloud'] = process.argv.slice(2)
if (!path) {
  console.error('usage: tsx scripts/gen-ocsf-schema.ts <ocsf export v2 JSON> [class] [profiles]')
  process.exit(2)
}
const raw = readFileSync(path)
const ocsf = JSON.parse(raw.toString('utf8')) as OcsfExport
const profiles = new Set(profileList.split(',').filter(Boolean))
const types = ocsf.dictionary.types.attributes
const defKey = (name: string): string => name.replace(/\//g, '_')

function selected(attr: OcsfAttribute): boolean {
  const p = attr.profiles ?? []
  return p.length === 0 || p.some((x) => profiles.has(x))
}

function scalar(typeName: string, attr: OcsfAttribute): Schema {
  // Walk the type hierarchy (e.g. datetime_t → string_t), keeping the most specific constraints.
  const out: Schema = {}
  let name: string | undefined = typeName
  while (name && !(name in BASE)) {
    const t: OcsfType | undefined = types[name]
    if (!t) throw new Error(`unknown OCSF type ${name}`)
    if (t.regex && out.pattern === undefined) out.pattern = t.regex
    if (t.max_len !== undefined && out.maxLength === undefined) out.maxLength = t.max_len
    if (t.range && out.minimum === undefined) [out.minimum, out.maximum] = t.range
    name = t.type
  }
  if (typeName === 'json_t') return {}
  if (!name) throw new Error(`OCSF type ${typeName} has no base type`)
  const base = BASE[name]!
  if (attr.enum && base === 'integer') {
    const values = Object.keys(attr.enum).map(Number)
    return values.length === 1 ? { type: base, const: values[0], ...out } : { type: base, enum: values.sort((a, b) => a - b), ...out }
  }
  return { type: base, ...out }
}

function attribute(attr: OcsfAttribute, used: Set<string>): Schema {
  let item: Schema
  if (attr.type === 'object_t') {
    if (!attr.object_type) throw new Error('object attribute without object_type')
    used.add(attr.object_type)
    item = { $ref: `#/$defs/${defKey(attr.object_type)}` }
  } else {
    item = scalar(attr.type, attr)
  }
  const meta: Schema = { title: attr.caption, ...('@deprecated' in attr ? { deprecated: true } : {}) }
  return attr.is_array ? { ...meta, type: 'array', items: item } : { ...meta, ...item }
}

function record(rec: OcsfRecord, used: Set<string>): Schema {
  const properties: Record<string, Schema> = {}
  const required: string[] = []
  for (const name of Object.keys(rec.attributes).sort()) {
    const attr = rec.attributes[name]!
    if (!selected(attr)) continue
    properties[name] = attribute(attr, used)
    if (attr.requirement === 'required') required.push(name)
  }
  const out: Schema = { title: rec.caption, type: 'object', properties, additionalProperties: Object.keys(properties).length === 0 }
  if (required.length > 0) out.required = required
  const c = rec.constraints ?? {}
  if (c.at_least_one) out.anyOf = c.at_least_one.map((f) => ({ required: [f] }))
  if (c.just_one) out.oneOf = c.just_one.map((f) => ({ required: [f] }))
  return out
}

const cls = ocsf.classes[className]
if (!cls) throw new Error(`class ${className} is not in the export`)
const used = new Set<string>()
const root = record(cls, used)
const defs: Record<string, Schema> = {}
const pending = [...used]
while (pending.length > 0) {
  const name = pending.pop()!
  if (defs[defKey(name)]) continue
  const obj = ocsf.objects[name]
  if (!obj) throw new Error(`object ${name} is not in the export`)
  const before = new Set(used)
  defs[defKey(name)] = record(obj, used)
  for (const n of used) if (!before.has(n)) pending.push(n)
}
const query = profiles.size > 0 ? `?profiles=${[...profiles].sort().join(',')}` : ''
const sha = createHash('sha256').update(raw).digest('hex')
const schema: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `https://schema.ocsf.io/schema/${ocsf.version}/classes/${className}${query}`,
  $comment: `Generated by scripts/gen-ocsf-schema.ts from the OCSF ${ocsf.version} schema export (sha256 ${sha}), class ${className} (uid ${cls.uid}), profiles ${[...profiles].sort().join(',') || 'none'}; do not edit by hand.`,
  ...root,
  $defs: Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((k) => [k, defs[k]]),
  ),
}
const out = `schema/vendor/ocsf-${ocsf.version}-${className}.schema.json`
// Formatted like every JSON file in the repository, so `prettier --check` passes on the generated file.
writeFileSync(out, await format(JSON.stringify(schema), { ...(await resolveConfig(out)), filepath: out }))
console.log(`wrote ${out}: ${Object.keys(defs).length} object definitions`)
