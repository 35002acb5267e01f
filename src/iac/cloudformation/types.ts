/**
 * Shapes of a parsed CloudFormation template: plain JSON-like values (short-form tags already turned into their
 * long forms, e.g. `!Ref X` → `{ Ref: 'X' }`) plus the source locations that findings and suppressions need.
 */

/** A problem in a template file, with a 1-based line and column; `logicalId` names the resource when there is one. */
export interface TemplateError {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly logicalId?: string
}

/** Where a resource block sits: 1-based lines, from its logical id's key line through the last line of its value. */
export interface SourceRange {
  readonly file: string
  readonly startLine: number
  readonly endLine: number
}

/** An inline suppression from `Metadata.posture.ignore`: the check it mutes, why, and the line of the entry. */
export interface Suppression {
  readonly checkId: string
  readonly reason: string
  readonly line: number
}

/** One entry of the Resources section, keyed by its logical id. */
export interface TemplateResource {
  readonly logicalId: string
  readonly type: string
  /** The Properties mapping, `{}` when the resource has none. */
  readonly properties: Readonly<Record<string, unknown>>
  readonly condition?: string
  /** DependsOn normalised to a list (CloudFormation accepts a string or a list). */
  readonly dependsOn: readonly string[]
  readonly metadata?: Readonly<Record<string, unknown>>
  readonly deletionPolicy?: string
  readonly location: SourceRange
  readonly suppressions: readonly Suppression[]
}

/** One entry of the Parameters section (the fields resolution needs; the rest stays in `raw`). */
export interface TemplateParameter {
  readonly name: string
  readonly type: string
  readonly default?: unknown
  readonly allowedValues?: readonly unknown[]
  readonly line: number
  readonly raw: Readonly<Record<string, unknown>>
}

/** A template that parsed and has the shape of a CloudFormation template. */
export interface ParsedTemplate {
  readonly file: string
  readonly formatVersion?: string
  readonly parameters: Readonly<Record<string, TemplateParameter>>
  /** Condition name → its (long-form) expression, evaluated by intrinsics.ts. */
  readonly conditions: Readonly<Record<string, unknown>>
  readonly mappings: Readonly<Record<string, unknown>>
  readonly outputs: Readonly<Record<string, unknown>>
  /** Resources in file order. */
  readonly resources: readonly TemplateResource[]
  /** Non-fatal problems (e.g. a suppression without a reason, which is then not applied). */
  readonly problems: readonly TemplateError[]
}

/** Outcome of parsing one file: never thrown, always a value. */
export type ParseResult = { readonly ok: true; readonly template: ParsedTemplate } | { readonly ok: false; readonly errors: readonly TemplateError[] }
