/**
 * The IaC side of the resource model. Terraform (HCL or plan JSON) and CloudFormation loaders turn files into
 * `IacResource`s: one per declared resource instance, with evaluated values, its source range and its inline
 * suppressions. Adapters (src/iac/adapters/) then turn those into the same normalized `Resource`s the live
 * collectors produce, so one set of checks judges code before deploy and the cloud after it.
 */
import * as path from 'node:path'
import type { Resource } from '../core/resource.js'
import { isUnknown, unknown, type Unknown } from '../core/unknown.js'

/** The IaC languages Posture reads. */
export type IacLanguage = 'terraform' | 'cloudformation'

/**
 * A reference to another resource of the same unit, as an evaluated value: Terraform `aws_s3_bucket.b.id` →
 * `{ $ref: 'aws_s3_bucket.b', attribute: 'id' }` (address with module path and instance key), CloudFormation
 * `!Ref Bucket` → `{ $ref: 'Bucket' }`, `!GetAtt Key.Arn` → `{ $ref: 'Key', attribute: 'Arn' }`.
 */
export interface IacRef {
  readonly $ref: string
  readonly attribute?: string
}

/** True when the value is an IacRef marker. */
export function isIacRef(value: unknown): value is IacRef {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string'
}

/**
 * An Unknown that still carries what is known around it: `text` is the source of an interpolated string
 * (`"${aws_s3_bucket.b.arn}/*"`), `partial` the value of a `jsonencode(...)` whose leaves are partly unknown.
 * Adapters may use them (e.g. policy documents); checks see an ordinary Unknown.
 */
export interface PartialUnknown extends Unknown {
  readonly text?: string
  readonly partial?: unknown
}

/** Source range of a resource block: 1-based, inclusive. `file` is relative to the working directory when inside it. */
export interface IacLocation {
  readonly file: string
  readonly startLine: number
  readonly endLine: number
}

/** A `# posture:ignore <check-id> <reason>` comment (HCL) or `Metadata: posture: ignore:` entry (CloudFormation). */
export interface InlineSuppression {
  /** A check id or a glob of them (`aws-s3-*`). */
  readonly checkId: string
  readonly reason: string
  readonly line: number
}

/**
 * One declared resource instance with evaluated values.
 *
 * Terraform `values` follow the shape of `terraform show -json` (`planned_values`): attributes by name, every
 * nested block (including expanded `dynamic` blocks) as an array of objects under the block type, attributes not
 * written in the code absent (undefined), `null` as written. CloudFormation `values` are the resolved Properties.
 * Any value may be an Unknown (known only after apply / not evaluable) or an IacRef.
 */
export interface IacResource {
  readonly language: IacLanguage
  /** `aws_s3_bucket`, `AWS::S3::Bucket`. */
  readonly type: string
  /** `module.web.aws_s3_bucket.logs[0]`, or the CloudFormation logical id. */
  readonly address: string
  /** The set addresses are unique in: a Terraform root module directory, a plan file, a template file. */
  readonly unit: string
  readonly values: Readonly<Record<string, unknown>>
  readonly location: IacLocation
  readonly suppressions: readonly InlineSuppression[]
  /** Region from the Terraform provider block / CloudFormation parameter when known. */
  readonly region?: string
  /** Account id when the code pins it (provider `allowed_account_ids` with one entry, `--account`). */
  readonly account?: string
}

/** A problem with an input file (syntax error, unsupported construct, skipped remote module). */
export interface IacProblem {
  readonly file: string
  /** 1-based; 0 when the problem concerns the whole file. */
  readonly line: number
  readonly column: number
  readonly message: string
  /** `error` means (part of) the file was not scanned; `notice` means something was skipped on purpose. */
  readonly severity: 'error' | 'notice'
}

/** What an adapter makes of one IaC resource (the pipeline fills uid, provider, account, region and source). */
export interface AdaptedResource<A = unknown> {
  /** Normalized type, e.g. AWS.s3Bucket ('aws.s3.bucket'). */
  type: string
  name: string
  tags?: Record<string, string>
  attributes: A
  relations?: { kind: string; target: string }[]
  /** Only when one IaC resource yields several normalized resources of the same type: distinguishes their uids. */
  uidSuffix?: string
}

/** What an adapter may ask about the other resources of its unit. */
export interface AdaptContext {
  /** Every resource of the unit (same root module / plan / template). Prefer `ofType`: a unit may hold 10,000. */
  readonly resources: readonly IacResource[]
  /** Resources of the unit of any of these types (indexed: cheap to call for every resource). */
  ofType(...types: string[]): readonly IacResource[]
  /** The resource an IacRef (or a value holding one) points at, if declared in the unit. */
  resolve(value: unknown): IacResource | undefined
  /**
   * Resources of `type` whose `field` (a top-level value) points at `target`: by IacRef to its address, or by a
   * literal equal to one of `ids` (e.g. the bucket's literal name, for `bucket = "my-bucket"`).
   */
  referencing(type: string, field: string, target: IacResource, ids?: readonly unknown[]): IacResource[]
  /** The uid the pipeline gives the normalized resource made from `r` (for relations and ARN-like links). */
  uidOf(r: IacResource, uidSuffix?: string): string
  /** Account and region the resource belongs to ('unknown' unless the code pins them). */
  readonly account: string
  readonly region: string
}

/** Turns IaC resources of the listed types of one language into normalized resources. */
export interface Adapter {
  readonly language: IacLanguage
  /** IaC resource types handled, e.g. ['aws_s3_bucket'] or ['AWS::S3::Bucket']. */
  readonly types: readonly string[]
  /** Normalized types produced, for docs/checks.md (which checks run on IaC). */
  readonly produces: readonly string[]
  adapt(resource: IacResource, ctx: AdaptContext): AdaptedResource[]
}

/** Larger input files are refused with a problem rather than read into memory (every loader applies it). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

/** Account used when the code does not pin one. */
export const UNKNOWN_ACCOUNT = 'unknown'
/** Region used when the code does not pin one. */
export const UNKNOWN_REGION = 'unknown'

/**
 * Marks a fact infrastructure-as-code cannot state (last use, drift status, current state): checks that need it
 * are not evaluated on IaC rather than failing.
 */
export function notInCode(fact: string): Unknown {
  return unknown(`not known from code: ${fact}`)
}

/** An Unknown for a value known only once deployed. */
export function afterApply(what: string): Unknown {
  return unknown(`known only after apply: ${what}`)
}

/** True for values an adapter cannot read as known (Unknown marker, including partial ones). */
export function isUnknownValue(value: unknown): value is PartialUnknown {
  return isUnknown(value)
}

/** The uid of a normalized resource made from IaC: `tf:<unit>:<address>` / `cfn:<unit>:<logical id>` (+ `#suffix`). */
export function iacUid(r: Pick<IacResource, 'language' | 'unit' | 'address'>, uidSuffix?: string): string {
  const prefix = r.language === 'terraform' ? 'tf' : 'cfn'
  return `${prefix}:${r.unit}:${r.address}${uidSuffix ? `#${uidSuffix}` : ''}`
}

/** How a path is shown in findings: relative to the working directory with `/` separators, absolute outside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const abs = path.resolve(cwd, file)
  const rel = path.relative(cwd, abs)
  if (rel === '') return '.'
  if (rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/')
  return rel.split(path.sep).join('/')
}

/** A normalized resource made from IaC (source kind terraform/cloudformation, with file, lines and address). */
export type IacNormalized = Resource & { source: { kind: IacLanguage; file: string; line: number; endLine: number; address: string } }

/**
 * An adapter for resource types read only as parts of another resource (e.g. `aws_s3_bucket_policy`, folded into
 * its bucket by the bucket's adapter): they produce nothing themselves and are not reported as unsupported.
 */
export function partsAdapter(language: IacLanguage, types: readonly string[]): Adapter {
  return { language, types, produces: [], adapt: () => [] }
}
