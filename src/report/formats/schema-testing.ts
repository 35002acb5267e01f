/**
 * Test-only: validators for the official schemas vendored in schema/vendor (see its README), compiled once per test
 * file. Formats' tests validate their output against these rather than against hand-written expectations.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

const VENDOR = new URL('../../../schema/vendor/', import.meta.url)

/** A vendored schema file, parsed. */
export function vendoredSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, VENDOR), 'utf8')) as Record<string, unknown>
}

/** Ajv errors as one readable line per error, for assertion messages. */
export function schemaErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 10)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n')
}

/**
 * The SARIF 2.1.0 schema exactly as OASIS publishes it. Two upstream quirks need leniency, not edits: `run.language`
 * and `toolComponent.language` use the pattern `^(?i)...`, an inline flag JavaScript regular expressions lack (the
 * RegExp engine below turns it into the `i` flag); and `region.properties` holds a misplaced `anyOf` array that fails
 * meta-schema validation (hence validateSchema: false; it has no effect on documents).
 */
export function sarifValidator(): ValidateFunction {
  const regExp = (pattern: string, flags: string): RegExp =>
    pattern.startsWith('^(?i)') ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`) : new RegExp(pattern, flags)
  regExp.code = 'sarifRegExp'
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false, code: { regExp } })
  addFormats.default(ajv)
  return ajv.compile(vendoredSchema('sarif-schema-2.1.0.json'))
}

/**
 * One OCSF 1.8.0 Compliance Finding event (cloud profile). Strict, except that `anyOf: [{required: [name]}, ...]`
 * (OCSF's at_least_one constraints) names properties declared beside the anyOf rather than inside it, which Ajv's
 * strictRequired reports although the schema is valid.
 */
export function ocsfEventValidator(): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
  addFormats.default(ajv)
  return ajv.compile(vendoredSchema('ocsf-1.8.0-compliance_finding.schema.json'))
}

/** ASFF: a whole BatchImportFindings request (≤ 100 findings), and one AwsSecurityFinding. */
export function asffValidators(): { request: ValidateFunction; finding: ValidateFunction } {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats.default(ajv)
  const schema = vendoredSchema('asff-batch-import-findings.schema.json')
  const request = ajv.compile(schema)
  const finding = ajv.getSchema(`${String(schema.$id)}#/$defs/AwsSecurityFinding`)
  if (!finding) throw new Error('AwsSecurityFinding is not defined in the ASFF schema')
  return { request, finding }
}
