/**
 * HCL (Terraform dialect) text → Posture's syntax tree, through the tree-sitter grammar (docs/decisions/hcl-parser.md):
 * the parser is loaded once, each file is parsed, repaired where tree-sitter's error recovery goes wrong, and converted
 * (convert.ts). The tree is deleted after use.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'
import { Language, Parser, type TreeCursor } from 'web-tree-sitter'
import type { HclFile, SyntaxProblem } from './ast.js'
import { Converter, MAX_ERRORS, type TypeTable } from './convert.js'

export { MAX_NESTING } from './convert.js'

let ready: Promise<Parser> | undefined

const tables = new WeakMap<Parser, TypeTable>()

function typeTable(parser: Parser): TypeTable {
  let t = tables.get(parser)
  if (!t) {
    const lang = parser.language
    const types: (string | undefined)[] = lang ? lang.types.map((x) => x ?? undefined) : []
    t = { types, named: types.map((_, i) => lang?.nodeTypeIsNamed(i) ?? false) }
    tables.set(parser, t)
  }
  return t
}

/** The shared parser, loaded once (the runtime and grammar are WebAssembly). */
export function hclParser(): Promise<Parser> {
  ready ??= (async () => {
    await Parser.init()
    const require = createRequire(import.meta.url)
    const dir = path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'))
    const language = await Language.load(readFileSync(path.join(dir, 'tree-sitter-terraform.wasm')))
    const parser = new Parser()
    parser.setLanguage(language)
    return parser
  })().catch((err: unknown) => {
    ready = undefined
    throw err
  })
  return ready
}

/** Converts one file. Needs the parser from hclParser(). Never throws on bad input. */
export function parseHcl(parser: Parser, text: string): HclFile {
  const table = typeTable(parser)
  let src = text
  let tree = parser.parse(src)
  // The grammar does not read integer literals with an exponent (`1e3`, tree-sitter-hcl PR #72) and its error
  // recovery can then swallow the blocks after it. Such literals become `1.0e3` (read the same) and the file is parsed
  // again; columns after them on the same line shift by two.
  if (tree?.rootNode.hasError && /\d[eE][+-]?\d/.test(src)) {
    const fixed = fixExponents(tree.walk(), src, table)
    if (fixed !== src) {
      tree.delete()
      src = fixed
      tree = parser.parse(src)
    }
  }
  // Error recovery sometimes reads the rest of the file as one bogus heredoc (`a = = 1`). Unexpected input on one line
  // is reported, blanked out (positions stay) and the file parsed again, a few times at most.
  const repaired: SyntaxProblem[] = []
  for (let round = 0; tree?.rootNode.hasError && round < MAX_REPAIRS; round++) {
    const spot = repairSpot(tree.walk(), src, table)
    if (!spot) break
    repaired.push({ line: spot.line, column: spot.column, message: 'unexpected input' })
    src = src.slice(0, spot.s) + src.slice(spot.s, spot.e).replace(/[^\r\n]/g, ' ') + src.slice(spot.e)
    tree.delete()
    tree = parser.parse(src)
  }
  if (!tree) return { body: { attributes: [], blocks: [] }, comments: [], errors: [{ line: 1, column: 1, message: 'the parser returned nothing' }] }
  try {
    const conv = new Converter(src, table, tree.rootNode.hasError)
    const body = conv.walk(tree.walk())
    if (tree.rootNode.hasError && conv.errors.length === 0) conv.findError(tree.walk())
    conv.comments.sort((a, b) => a.line - b.line)
    const errors = [...repaired, ...conv.errors].sort((a, b) => a.line - b.line || a.column - b.column).slice(0, MAX_ERRORS)
    return { body, comments: conv.comments, errors }
  } finally {
    tree.delete()
  }
}

/** Re-parses after blanking unexpected input, at most this many times per file. */
const MAX_REPAIRS = 5
/** Unexpected input longer than this (or over several lines) is not blanked: too much would be lost. */
const MAX_REPAIR_CHARS = 200

/**
 * The first piece of input to blank out: an ERROR node on one line, or the start of a heredoc without an identifier
 * (which only error recovery produces) up to the next whitespace.
 */
function repairSpot(c: TreeCursor, src: string, table: TypeTable): { s: number; e: number; line: number; column: number } | undefined {
  for (;;) {
    const type = table.types[c.nodeTypeId] ?? c.nodeType
    let skip = false
    if (type === 'ERROR') {
      const start = c.startPosition
      const s = c.startIndex
      const e = c.endIndex
      if (start.row === c.endPosition.row && e > s && e - s <= MAX_REPAIR_CHARS) return { s, e, line: start.row + 1, column: start.column + 1 }
      skip = e - s > MAX_REPAIR_CHARS
    } else if (type === 'heredoc_identifier' && c.startIndex === c.endIndex && !c.nodeIsMissing) {
      const start = c.startPosition
      const s = c.startIndex
      const ws = src.slice(s).search(/\s/)
      return { s, e: ws <= 0 ? s + 1 : s + ws, line: start.row + 1, column: start.column + 1 }
    }
    if (!skip && c.gotoFirstChild()) continue
    while (!c.gotoNextSibling()) if (!c.gotoParent()) return undefined
  }
}

/** The source with `.0` inserted into integer literals followed by an exponent the grammar did not read. */
function fixExponents(c: TreeCursor, src: string, table: TypeTable): string {
  const at: number[] = []
  for (;;) {
    if (table.types[c.nodeTypeId] === 'numeric_lit') {
      const s = c.startIndex
      const e = c.endIndex
      if (/^\d+$/.test(src.slice(s, e)) && /^[eE][+-]?\d/.test(src.slice(e, e + 3))) at.push(e)
    }
    if (c.gotoFirstChild()) continue
    let done = false
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) {
        done = true
        break
      }
    }
    if (done) break
  }
  let out = ''
  let last = 0
  for (const p of at) {
    out += `${src.slice(last, p)}.0`
    last = p
  }
  return out + src.slice(last)
}
