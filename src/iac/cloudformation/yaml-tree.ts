/**
 * The YAML layer under the template parser: loads YAML or JSON (JSON is YAML 1.2) with source offsets, refuses
 * nesting deeper than MAX_DEPTH before the (recursive) composer runs, and turns nodes into plain values with the
 * CloudFormation short-form tags expanded to their long forms.
 */
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Node } from 'yaml'
import type { TemplateError } from './types.js'

/**
 * Deepest collection nesting accepted. Real templates rarely pass 20 levels; the yaml composer recurses per level
 * and exhausts the stack at a few hundred levels, so the limit is checked on the (iterative) CST first.
 */
export const MAX_DEPTH = 200

/** Source text with its line index, for turning node offsets into 1-based lines and columns. */
export interface YamlSource {
  readonly file: string
  readonly text: string
  readonly lines: LineCounter
}

/** A loaded document: its root node (null for an empty file) and the source it came from. */
export type LoadResult =
  { readonly ok: true; readonly root: Node | null; readonly src: YamlSource } | { readonly ok: false; readonly errors: TemplateError[] }

// Short forms listed in the intrinsic function reference (docs.aws.amazon.com/AWSCloudFormation/latest/
// TemplateReference/intrinsic-function-reference.html); Fn::Length and Fn::ToJsonString come from
// AWS::LanguageExtensions. `!Ref` and `!Condition` have no `Fn::` prefix.
const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  [
    ...['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub'],
    ...['Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString'],
  ]
    .map((name): [string, string] => [`!${name}`, `Fn::${name}`])
    .concat([
      ['!Ref', 'Ref'],
      ['!Condition', 'Condition'],
    ]),
)

/** Builds a TemplateError at a source offset. */
export function errorAt(src: YamlSource, offset: number, message: string, logicalId?: string): TemplateError {
  const { line, col } = src.lines.linePos(offset)
  return { file: src.file, line, column: col, message, ...(logicalId === undefined ? {} : { logicalId }) }
}

/** 1-based line of a source offset. */
export function lineAt(src: YamlSource, offset: number): number {
  return src.lines.linePos(offset).line
}

/** Parses text into a single YAML document; syntax errors and too-deep nesting come back as values. */
export function loadYaml(text: string, file: string): LoadResult {
  const lines = new LineCounter()
  const src: YamlSource = { file, text, lines }
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text))
  const deep = findTooDeep(tokens)
  if (deep !== undefined) return { ok: false, errors: [errorAt(src, deep, `nesting deeper than ${MAX_DEPTH} levels`)] }
  // uniqueKeys is off because the library's check is quadratic in the size of a mapping (seconds on a 5 MB
  // template); toPlain reports duplicate keys with a Set instead.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, schema: 'core' })
  const docs = Array.from(composer.compose(tokens, true, text.length))
  const [doc, extra] = docs
  if (doc === undefined) return { ok: true, root: null, src }
  const errors = doc.errors.map((e) => errorAt(src, e.pos[0], e.code === 'RESOURCE_EXHAUSTION' ? 'nesting too deep' : e.message))
  if (extra !== undefined) errors.push(errorAt(src, extra.range[0], 'a template holds a single YAML document'))
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, root: doc.contents, src }
}

/** Offset of the first collection nested deeper than MAX_DEPTH, walking the CST with an explicit stack. */
function findTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0])
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [token, depth] = next
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth])
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) return token.offset
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1])
        if (item.value) stack.push([item.value, depth + 1])
      }
    }
  }
  return undefined
}

/**
 * Converts a node to a plain value, expanding short-form tags; problems (aliases, unknown tags, non-scalar or
 * duplicate keys) are pushed to `errors`. Recursion is bounded by MAX_DEPTH, checked in loadYaml.
 */
export function toPlain(node: unknown, src: YamlSource, errors: TemplateError[]): unknown {
  if (isAlias(node)) {
    // CloudFormation does not support YAML aliases (template formats page); refusing them also rules out
    // alias-expansion bombs.
    errors.push(errorAt(src, node.range?.[0] ?? 0, 'YAML aliases and anchors are not supported by CloudFormation'))
    return null
  }
  let value: unknown = null
  if (isScalar(node)) value = node.value ?? null
  else if (isSeq(node)) value = node.items.map((item) => toPlain(item, src, errors))
  else if (isMap(node)) value = mapToPlain(node.items, src, errors)
  else return null
  const tag = (node as Node).tag
  return tag === undefined || tag.startsWith('tag:yaml.org,2002:') ? value : expandTag(node, tag, value, src, errors)
}

function mapToPlain(items: readonly unknown[], src: YamlSource, errors: TemplateError[]): Record<string, unknown> {
  const seen = new Set<string>()
  const entries: [string, unknown][] = []
  for (const pair of items) {
    if (!isPair(pair)) continue
    const key = pair.key
    if (!isScalar(key) || (typeof key.value === 'object' && key.value !== null)) {
      errors.push(errorAt(src, (key as Node | null)?.range?.[0] ?? 0, 'mapping keys must be scalars'))
      continue
    }
    const name = String(key.value)
    if (seen.has(name)) errors.push(errorAt(src, key.range?.[0] ?? 0, `duplicate key ${name}`))
    seen.add(name)
    entries.push([name, toPlain(pair.value, src, errors)])
  }
  // Object.fromEntries defines own properties, so a key named "__proto__" stays data, not a prototype.
  return Object.fromEntries(entries)
}

function expandTag(node: Node, tag: string, value: unknown, src: YamlSource, errors: TemplateError[]): unknown {
  const long = SHORT_FORMS.get(tag)
  if (long === undefined) {
    // The node's range starts after its tag; point at the tag itself when it is on the same line.
    const offset = node.range?.[0] ?? 0
    const at = src.text.lastIndexOf(tag, offset)
    const sameLine = at >= 0 && !src.text.slice(at, offset).includes('\n')
    errors.push(errorAt(src, sameLine ? at : offset, `unknown tag ${tag}`))
    return value
  }
  // `!GetAtt Resource.Attribute` splits at the first dot; attribute names may hold more dots (Endpoint.Address).
  if (long === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    return { [long]: dot < 0 ? value : [value.slice(0, dot), value.slice(dot + 1)] }
  }
  return { [long]: value }
}

/**
 * Offset just past the last character of a node's own content: descends into the last item of block
 * collections so that trailing comments and blank lines do not stretch the range.
 */
export function contentEnd(node: Node, text: string): number {
  let current: unknown = node
  for (;;) {
    if ((isMap(current) || isSeq(current)) && !current.flow && current.items.length > 0) {
      const last: unknown = current.items[current.items.length - 1]
      current = isPair(last) ? (last.value ?? last.key) : last
      continue
    }
    let end = (current as Node).range?.[1] ?? 0
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
    return end
  }
}
