/**
 * The tree-sitter concrete syntax tree → Posture's syntax tree (ast.ts). The tree is walked with a TreeCursor and an
 * explicit stack of frames, never by recursion, so 100,000 nested blocks cannot overflow the call stack; nesting beyond
 * MAX_NESTING levels is cut off with a syntax problem, which also bounds the evaluator's recursion over the result.
 * Template literal text is taken from the source between interpolations (the grammar drops whitespace from its
 * literal nodes).
 */
import type { TreeCursor } from 'web-tree-sitter'
import type { Attribute, Block, Body, Comment, Expr, Step, SyntaxProblem, TemplatePart } from './ast.js'

/** Expressions and blocks nested deeper than this are not read (a syntax problem says so). */
export const MAX_NESTING = 1000
/** Syntax problems reported per file; the first ones are the useful ones. */
export const MAX_ERRORS = 20

/** Node type names and whether they are named, by type id: one wasm call per node instead of three. */
export interface TypeTable {
  types: (string | undefined)[]
  named: boolean[]
}

/** A template piece before its literal text is decoded (quoted and heredoc templates decode differently). */
type RawPart =
  | { k: 'raw'; s: number; e: number; trimStart: boolean; trimEnd: boolean }
  | { k: 'interp'; expr: Expr; source: string }
  | { k: 'if'; cond: Expr; then: RawPart[]; else: RawPart[] }
  | { k: 'for'; keyVar?: string; valVar: string; coll: Expr; body: RawPart[] }

/** What a finished CST node turns into, with its source offsets. */
type Built = { s: number; e: number } & (
  | { t: 'tok'; text: string }
  | { t: 'ident'; name: string }
  | { t: 'str'; value: string }
  | { t: 'x'; x: Expr }
  | { t: 'step'; step: Step }
  | { t: 'body'; body: Body }
  | { t: 'block'; block: Block }
  | { t: 'attr'; attr: Attribute }
  | { t: 'strip' }
  | { t: 'interp'; x: Expr; sl: boolean; sr: boolean }
  | { t: 'directive'; part: RawPart; sl: boolean; sr: boolean }
  | { t: 'mark'; kind: string; x?: Expr; idents: string[]; sl: boolean; sr: boolean }
  | { t: 'args'; args: Expr[]; expand: boolean }
  | { t: 'intro'; idents: string[]; x: Expr }
  | { t: 'forcond'; x: Expr }
  | { t: 'error'; lifted: (Block | Attribute)[] }
)

interface Frame {
  type: string
  s: number
  e: number
  line: number
  column: number
  endLine: number
  nest: number
  kids: Built[]
}

/** CST node types that count as one level of nesting. */
const NESTING = new Set(['expression', 'block', 'operation', 'template_if', 'template_for'])
/** Punctuation-like named leaves: kept as tokens (their offsets delimit template text). */
const TOKENS = new Set([
  'block_start',
  'block_end',
  'object_start',
  'object_end',
  'tuple_start',
  'tuple_end',
  'quoted_template_start',
  'quoted_template_end',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_directive_start',
  'template_directive_end',
  'heredoc_identifier',
  'heredoc_start',
  'ellipsis',
])

const ERR = (message: string): Expr => ({ k: 'error', message })

function unescapeQuoted(s: string): string {
  if (!s.includes('\\') && !s.includes('$${') && !s.includes('%%{')) return s
  return s.replace(/\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])|\$\$\{|%%\{/g, (m) => {
    if (m === '$${') return '${'
    if (m === '%%{') return '%{'
    const c = m[1]
    if (c === 'n') return '\n'
    if (c === 'r') return '\r'
    if (c === 't') return '\t'
    if (c === 'u' || c === 'U') return String.fromCodePoint(parseInt(m.slice(2), 16))
    return m.slice(1)
  })
}

function unescapeHeredoc(s: string): string {
  return s.includes('$${') || s.includes('%%{') ? s.replace(/\$\$\{|%%\{/g, (m) => (m === '$${' ? '${' : '%{')) : s
}

/** Converts one parsed tree; `errors` and `comments` are filled as it goes. */
export class Converter {
  readonly comments: Comment[] = []
  readonly errors: SyntaxProblem[] = []
  private tooDeep = false
  private readonly types: readonly (string | undefined)[]
  private readonly named: readonly boolean[]

  constructor(
    private readonly src: string,
    table: TypeTable,
    private readonly hasError: boolean,
  ) {
    this.types = table.types
    this.named = table.named
  }

  private error(line: number, column: number, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ line, column, message })
  }

  /** Finds the first ERROR or MISSING node anywhere (for errors inside nodes the walk does not enter). */
  findError(c: TreeCursor): void {
    for (;;) {
      if (c.nodeType === 'ERROR' || c.nodeIsMissing) {
        const p = c.startPosition
        this.error(p.row + 1, p.column + 1, c.nodeIsMissing ? `missing ${c.nodeType}` : 'unexpected input')
        return
      }
      if (c.gotoFirstChild()) continue
      while (!c.gotoNextSibling()) if (!c.gotoParent()) return
    }
  }

  walk(c: TreeCursor): Body {
    const root: Frame = { type: '(root)', s: 0, e: 0, line: 0, column: 0, endLine: 0, nest: 0, kids: [] }
    const stack: Frame[] = [root]
    let entered = this.visit(c, stack)
    for (;;) {
      if (entered && c.gotoFirstChild()) {
        entered = this.visit(c, stack)
        continue
      }
      if (entered) this.close(stack)
      for (;;) {
        if (c.gotoNextSibling()) {
          entered = this.visit(c, stack)
          break
        }
        if (!c.gotoParent()) {
          const top = root.kids.find((k) => k.t === 'body')
          return top?.t === 'body' ? top.body : { attributes: [], blocks: [] }
        }
        this.close(stack)
      }
    }
  }

  /** Handles the node under the cursor: a leaf is added to its parent at once; otherwise a frame is pushed (true). */
  private visit(c: TreeCursor, stack: Frame[]): boolean {
    const top = stack[stack.length - 1]!
    const id = c.nodeTypeId
    const known = this.types[id]
    const type = known ?? c.nodeType
    const s = c.startIndex
    if (this.hasError && c.nodeIsMissing) {
      const p = c.startPosition
      this.error(p.row + 1, p.column + 1, `missing ${type}`)
      top.kids.push({ t: 'error', lifted: [], s, e: s })
      return false
    }
    if (known !== undefined && !this.named[id]) {
      // Anonymous tokens: keywords, operators, punctuation. Only their text and start are used.
      top.kids.push({ t: 'tok', text: type, s, e: s + type.length })
      return false
    }
    const e = c.endIndex
    switch (type) {
      case 'comment': {
        const p = c.startPosition
        const lineStart = this.src.lastIndexOf('\n', s - 1) + 1
        this.comments.push({
          text: this.src.slice(s, e),
          line: p.row + 1,
          endLine: c.endPosition.row + 1,
          ownLine: this.src.slice(lineStart, s).trim() === '',
        })
        return false
      }
      case 'identifier':
        top.kids.push({ t: 'ident', name: this.src.slice(s, e), s, e })
        return false
      case 'string_lit':
        top.kids.push({ t: 'str', value: unescapeQuoted(this.src.slice(s + 1, Math.max(s + 1, e - 1))), s, e })
        return false
      case 'numeric_lit':
        top.kids.push({ t: 'x', x: { k: 'lit', value: Number(this.src.slice(s, e)) }, s, e })
        return false
      case 'bool_lit':
        top.kids.push({ t: 'x', x: { k: 'lit', value: this.src.slice(s, e) === 'true' }, s, e })
        return false
      case 'null_lit':
        top.kids.push({ t: 'x', x: { k: 'lit', value: null }, s, e })
        return false
      case 'template_literal':
        return false
      case 'strip_marker':
        top.kids.push({ t: 'strip', s, e })
        return false
      case 'legacy_index':
        top.kids.push({ t: 'step', step: { k: 'index', key: { k: 'lit', value: Number(this.src.slice(s + 1, e)) } }, s, e })
        return false
    }
    if (TOKENS.has(type)) {
      top.kids.push({ t: 'tok', text: type === 'heredoc_start' ? this.src.slice(s, e) : type, s, e })
      return false
    }
    const nest = top.nest + (NESTING.has(type) ? 1 : 0)
    const needsPosition = type === 'block' || type === 'attribute' || type === 'ERROR' || type === 'function_call'
    const p = needsPosition ? c.startPosition : { row: 0, column: 0 }
    if (nest > MAX_NESTING) {
      if (!this.tooDeep) {
        const q = c.startPosition
        this.error(q.row + 1, q.column + 1, `nested more than ${MAX_NESTING} levels deep; the rest of this expression or block is not read`)
        this.tooDeep = true
      }
      top.kids.push({ t: 'x', x: ERR('nested too deeply'), s, e })
      return false
    }
    if (type === 'ERROR') this.error(p.row + 1, p.column + 1, 'unexpected input')
    const endLine = type === 'block' ? c.endPosition.row + 1 : 0
    stack.push({ type, s, e, line: p.row + 1, column: p.column + 1, endLine, nest, kids: [] })
    return true
  }

  private close(stack: Frame[]): void {
    const f = stack.pop()!
    const built = this.build(f)
    if (built) stack[stack.length - 1]!.kids.push(built)
  }

  private build(f: Frame): Built | undefined {
    const { s, e, kids } = f
    switch (f.type) {
      case 'config_file':
      case 'body':
        return { t: 'body', body: this.body(kids), s, e }
      case 'block':
        return this.block(f)
      case 'attribute': {
        const name = kids.find((k) => k.t === 'ident')
        const x = kids.find((k) => k.t === 'x')
        if (name?.t !== 'ident') return { t: 'error', lifted: [], s, e }
        return { t: 'attr', attr: { name: name.name, expr: x?.t === 'x' ? x.x : ERR('missing value'), line: f.line, column: f.column }, s, e }
      }
      case 'expression':
        return { t: 'x', x: this.fold(kids, s, e), s, e }
      case 'variable_expr': {
        const id = kids[0]
        return { t: 'x', x: { k: 'trav', root: id?.t === 'ident' ? id.name : '', steps: [], text: this.src.slice(s, e) }, s, e }
      }
      case 'get_attr': {
        const id = kids.find((k) => k.t === 'ident')
        return { t: 'step', step: { k: 'attr', name: id?.t === 'ident' ? id.name : '' }, s, e }
      }
      case 'new_index': {
        const x = kids.find((k) => k.t === 'x')
        return { t: 'step', step: { k: 'index', key: x?.t === 'x' ? x.x : ERR('missing index') }, s, e }
      }
      case 'attr_splat':
      case 'full_splat':
        return { t: 'step', step: { k: 'splat', steps: kids.flatMap((k) => (k.t === 'step' ? [k.step] : [])) }, s, e }
      case 'index':
      case 'splat':
      case 'collection_value':
      case 'operation':
      case 'template_expr':
      case 'template_directive':
      case 'for_expr':
      case 'literal_value':
        return this.single(kids, s, e)
      case 'tuple':
        return { t: 'x', x: { k: 'tuple', items: this.exprs(kids) }, s, e }
      case 'object':
        return { t: 'x', x: { k: 'object', items: kids.flatMap((k) => (k.t === 'x' && k.x.k === 'object' ? k.x.items : [])) }, s, e }
      case 'object_elem':
        return this.objectElem(kids, s, e)
      case 'function_call':
        return this.call(f)
      case 'function_arguments':
        return { t: 'args', args: this.exprs(kids), expand: kids.some((k) => k.t === 'tok' && k.text === 'ellipsis'), s, e }
      case 'conditional': {
        const [c, a, b] = this.exprs(kids)
        return {
          t: 'x',
          x: { k: 'cond', cond: c ?? ERR('missing condition'), then: a ?? ERR('missing value'), else: b ?? ERR('missing value') },
          s,
          e,
        }
      }
      case 'binary_operation':
        return this.binary(kids, s, e)
      case 'unary_operation': {
        const op = kids[0]?.t === 'tok' ? kids[0].text : '?'
        return { t: 'x', x: { k: 'unary', op, expr: this.fold(kids.slice(1), kids[1]?.s ?? e, e) }, s, e }
      }
      case 'quoted_template':
        return this.quoted(kids, s, e)
      case 'heredoc_template':
        return this.heredoc(kids, s, e)
      case 'template_interpolation': {
        const x = kids.find((k) => k.t === 'x')
        const { sl, sr } = strips(kids)
        return { t: 'interp', x: x?.t === 'x' ? x.x : ERR('missing expression'), sl, sr, s, e }
      }
      case 'template_if_intro':
      case 'template_else_intro':
      case 'template_if_end':
      case 'template_for_start':
      case 'template_for_end':
        return this.mark(kids, s, e)
      case 'template_if':
      case 'template_for':
        return this.directive(f.type, kids, s, e)
      case 'for_tuple_expr':
      case 'for_object_expr':
        return this.forExpr(f.type === 'for_object_expr', kids, s, e)
      case 'for_intro': {
        const x = kids.find((k) => k.t === 'x')
        return { t: 'intro', idents: kids.flatMap((k) => (k.t === 'ident' ? [k.name] : [])), x: x?.t === 'x' ? x.x : ERR('missing collection'), s, e }
      }
      case 'for_cond': {
        const x = kids.find((k) => k.t === 'x')
        return { t: 'forcond', x: x?.t === 'x' ? x.x : ERR('missing condition'), s, e }
      }
      case 'ERROR':
        return {
          t: 'error',
          lifted: kids.flatMap((k) => (k.t === 'block' ? [k.block] : k.t === 'attr' ? [k.attr] : k.t === 'error' ? k.lifted : [])),
          s,
          e,
        }
      default:
        return this.single(kids, s, e)
    }
  }

  private single(kids: Built[], s: number, e: number): Built {
    const useful = kids.filter((k) => k.t !== 'tok')
    if (useful.length === 1) {
      const k = useful[0]!
      if (k.t === 'str') return { t: 'x', x: { k: 'lit', value: k.value }, s, e }
      return k
    }
    return { t: 'x', x: ERR('unreadable expression'), s, e }
  }

  private exprs(kids: Built[]): Expr[] {
    return kids.flatMap((k) =>
      k.t === 'x' ? [k.x] : k.t === 'str' ? [{ k: 'lit' as const, value: k.value }] : k.t === 'error' ? [ERR('syntax error')] : [],
    )
  }

  private body(kids: Built[]): Body {
    const attributes: Attribute[] = []
    const blocks: Block[] = []
    const add = (item: Block | Attribute): void => {
      if ('expr' in item) attributes.push(item)
      else blocks.push(item)
    }
    for (const k of kids) {
      if (k.t === 'attr') attributes.push(k.attr)
      else if (k.t === 'block') blocks.push(k.block)
      else if (k.t === 'body') {
        k.body.attributes.forEach(add)
        k.body.blocks.forEach(add)
      } else if (k.t === 'error') k.lifted.forEach(add)
    }
    return { attributes, blocks }
  }

  private block(f: Frame): Built {
    const { kids, s, e } = f
    let type: string | undefined
    const labels: string[] = []
    let inner: Body = { attributes: [], blocks: [] }
    const lifted: Built[] = []
    let open = false
    for (const k of kids) {
      if (k.t === 'tok' && k.text === 'block_start') open = true
      else if (!open && type === undefined && k.t === 'ident') type = k.name
      else if (!open && k.t === 'ident') labels.push(k.name)
      else if (!open && k.t === 'str') labels.push(k.value)
      else if (k.t === 'body') inner = k.body
      else if (k.t === 'error') lifted.push(k)
    }
    if (lifted.length > 0) inner = this.body([{ t: 'body', body: inner, s, e }, ...lifted])
    if (type === undefined) return { t: 'error', lifted: [...inner.attributes, ...inner.blocks], s, e }
    return { t: 'block', block: { type, labels, body: inner, startLine: f.line, endLine: f.endLine, column: f.column }, s, e }
  }

  /** A primary expression followed by traversal steps (`a.b[0]`, `f(x).c`), or `( expr )`. */
  private fold(kids: Built[], s: number, e: number): Expr {
    let primary: Expr | undefined
    const steps: Step[] = []
    let paren = false
    for (const k of kids) {
      if (k.t === 'tok' && k.text === '(') paren = true
      else if (k.t === 'x' && primary === undefined) primary = paren ? { k: 'paren', expr: k.x } : k.x
      else if (k.t === 'str' && primary === undefined) primary = { k: 'lit', value: k.value }
      else if (k.t === 'step') steps.push(k.step)
      else if (k.t === 'error' && primary === undefined) primary = ERR('syntax error')
    }
    if (primary === undefined) return ERR('missing expression')
    if (steps.length === 0) return primary
    const text = this.src.slice(s, e)
    if (primary.k === 'trav' && typeof primary.root === 'string' && primary.steps.length === 0) return { k: 'trav', root: primary.root, steps, text }
    return { k: 'trav', root: primary, steps, text }
  }

  private binary(kids: Built[], s: number, e: number): Built {
    const at = kids.findIndex((k) => k.t === 'tok' && k.text !== '(' && k.text !== ')')
    const opTok = kids[at]
    if (at < 0 || opTok?.t !== 'tok') return { t: 'x', x: ERR('unreadable operation'), s, e }
    const left = this.fold(kids.slice(0, at), s, opTok.s)
    const right = this.fold(kids.slice(at + 1), kids[at + 1]?.s ?? e, e)
    return { t: 'x', x: { k: 'binary', op: opTok.text, left, right }, s, e }
  }

  private objectElem(kids: Built[], s: number, e: number): Built {
    const [key, value] = this.exprs(kids)
    if (!key) return { t: 'x', x: { k: 'object', items: [] }, s, e }
    const keyName = key.k === 'trav' && typeof key.root === 'string' && key.steps.length === 0 ? key.root : undefined
    const item = { key, value: value ?? ERR('missing value'), ...(keyName !== undefined ? { keyName } : {}) }
    return { t: 'x', x: { k: 'object', items: [item] }, s, e }
  }

  private call(f: Frame): Built {
    const name = f.kids.find((k) => k.t === 'ident')
    const args = f.kids.find((k) => k.t === 'args')
    return {
      t: 'x',
      x: {
        k: 'call',
        name: name?.t === 'ident' ? name.name : '',
        args: args?.t === 'args' ? args.args : [],
        expand: args?.t === 'args' ? args.expand : false,
        line: f.line,
      },
      s: f.s,
      e: f.e,
    }
  }

  private mark(kids: Built[], s: number, e: number): Built {
    const kind = kids.find((k) => k.t === 'tok' && /^[a-z]+$/.test(k.text))
    const x = kids.find((k) => k.t === 'x')
    const { sl, sr } = strips(kids)
    return {
      t: 'mark',
      kind: kind?.t === 'tok' ? kind.text : '',
      ...(x?.t === 'x' ? { x: x.x } : {}),
      idents: kids.flatMap((k) => (k.t === 'ident' ? [k.name] : [])),
      sl,
      sr,
      s,
      e,
    }
  }

  /** Template pieces between offsets a and b from the structural children in between. */
  private parts(kids: Built[], a: number, b: number, trimStart: boolean, trimEnd: boolean): RawPart[] {
    const out: RawPart[] = []
    let pos = a
    let ts = trimStart
    for (const k of kids) {
      if (k.t !== 'interp' && k.t !== 'directive') continue
      if (k.s > pos) out.push({ k: 'raw', s: pos, e: k.s, trimStart: ts, trimEnd: k.sl })
      out.push(k.t === 'interp' ? { k: 'interp', expr: k.x, source: this.src.slice(k.s, k.e) } : k.part)
      pos = k.e
      ts = k.sr
    }
    if (b > pos) out.push({ k: 'raw', s: pos, e: b, trimStart: ts, trimEnd })
    return out
  }

  private directive(type: string, kids: Built[], s: number, e: number): Built {
    const marks = kids.filter((k): k is Extract<Built, { t: 'mark' }> => k.t === 'mark')
    const first = marks[0]
    const last = marks[marks.length - 1]
    if (!first || !last || marks.length < 2) return { t: 'interp', x: ERR('unterminated template directive'), sl: false, sr: false, s, e }
    const between = (m: Built, n: Built): Built[] => kids.filter((k) => k.s >= m.e && k.e <= n.s)
    if (type === 'template_for') {
      const [keyVar, valVar] = first.idents.length > 1 ? first.idents : [undefined, first.idents[0]]
      const part: RawPart = {
        k: 'for',
        ...(keyVar !== undefined ? { keyVar } : {}),
        valVar: valVar ?? '',
        coll: first.x ?? ERR('missing collection'),
        body: this.parts(between(first, last), first.e, last.s, first.sr, last.sl),
      }
      return { t: 'directive', part, sl: first.sl, sr: last.sr, s, e }
    }
    const mid = marks.length > 2 ? marks[1]! : undefined
    const thenEnd = mid ?? last
    const part: RawPart = {
      k: 'if',
      cond: first.x ?? ERR('missing condition'),
      then: this.parts(between(first, thenEnd), first.e, thenEnd.s, first.sr, thenEnd.sl),
      else: mid ? this.parts(between(mid, last), mid.e, last.s, mid.sr, last.sl) : [],
    }
    return { t: 'directive', part, sl: first.sl, sr: last.sr, s, e }
  }

  private quoted(kids: Built[], s: number, e: number): Built {
    const open = kids.find((k) => k.t === 'tok' && k.text === 'quoted_template_start')
    const close = kids.find((k) => k.t === 'tok' && k.text === 'quoted_template_end')
    const a = open?.e ?? s + 1
    const b = close?.s ?? e
    const raw = this.parts(kids, a, b, false, false)
    return { t: 'x', x: this.template(raw, this.src.slice(a, b), (p) => unescapeQuoted(this.src.slice(p.s, p.e))), s, e }
  }

  private heredoc(kids: Built[], s: number, e: number): Built {
    const ids = kids.filter((k) => k.t === 'tok' && k.text === 'heredoc_identifier')
    const start = kids.find((k) => k.t === 'tok' && k.text.startsWith('<<'))
    const flush = start?.t === 'tok' && start.text === '<<-'
    const opening = ids[0]
    const nl = this.src.indexOf('\n', opening?.e ?? s)
    const a = nl < 0 ? e : nl + 1
    const closing = ids[1]
    const b = closing ? Math.max(a, this.src.lastIndexOf('\n', closing.s - 1) + 1) : e
    const indent = flush ? this.minIndent(a, b) : 0
    const raw = this.parts(kids, a, b, false, false)
    return { t: 'x', x: this.template(raw, this.src.slice(a, b), (p) => unescapeHeredoc(this.dedent(p.s, p.e, a, indent))), s, e }
  }

  /** The smallest indentation of the non-blank lines in [a, b) (`<<-` removes it from every line). */
  private minIndent(a: number, b: number): number {
    let min = Infinity
    for (const line of this.src.slice(a, b).split('\n')) {
      if (line.trim() === '') continue
      min = Math.min(min, line.length - line.replace(/^[ \t]+/, '').length)
    }
    return min === Infinity ? 0 : min
  }

  /** Source text [p, q) without the first `indent` columns of each line of the heredoc body starting at `a`. */
  private dedent(p: number, q: number, a: number, indent: number): string {
    if (indent === 0) return this.src.slice(p, q)
    let out = ''
    while (p < q) {
      const lineStart = Math.max(a, this.src.lastIndexOf('\n', p - 1) + 1)
      const nl = this.src.indexOf('\n', p)
      const lineEnd = nl < 0 || nl >= q ? q : nl
      const from = Math.max(p, Math.min(lineStart + indent, lineEnd))
      out += this.src.slice(from, Math.min(q, lineEnd + 1))
      p = lineEnd + 1
    }
    return out
  }

  private template(raw: RawPart[], text: string, decode: (p: Extract<RawPart, { k: 'raw' }>) => string): Expr {
    const parts = finish(raw, decode)
    if (parts.every((p) => p.k === 'text')) return { k: 'lit', value: parts.map((p) => (p.k === 'text' ? p.text : '')).join('') }
    return { k: 'template', parts, text }
  }

  private forExpr(isObject: boolean, kids: Built[], s: number, e: number): Built {
    const intro = kids.find((k) => k.t === 'intro')
    const cond = kids.find((k) => k.t === 'forcond')
    const xs = this.exprs(kids)
    if (intro?.t !== 'intro') return { t: 'x', x: ERR('unreadable for expression'), s, e }
    const [keyVar, valVar] = intro.idents.length > 1 ? intro.idents : [undefined, intro.idents[0]]
    const x: Expr = {
      k: 'for',
      ...(keyVar !== undefined ? { keyVar } : {}),
      valVar: valVar ?? '',
      coll: intro.x,
      ...(isObject ? { key: xs[0] ?? ERR('missing key') } : {}),
      value: (isObject ? xs[1] : xs[0]) ?? ERR('missing value'),
      ...(cond?.t === 'forcond' ? { cond: cond.x } : {}),
      group: isObject && kids.some((k) => k.t === 'tok' && k.text === 'ellipsis'),
    }
    return { t: 'x', x, s, e }
  }
}

/** Strip markers (`~`) right after the opening token (sl) or right before the closing one (sr). */
function strips(kids: Built[]): { sl: boolean; sr: boolean } {
  const i = kids.findIndex((k) => k.t === 'strip')
  const j = kids.findLastIndex((k) => k.t === 'strip')
  return { sl: i === 1, sr: j >= 0 && j === kids.length - 2 && (i !== 1 || j !== 1 || kids.length === 3) }
}

/** Decodes template text, applying strip markers; nesting was bounded by the walk. */
function finish(raw: RawPart[], decode: (p: Extract<RawPart, { k: 'raw' }>) => string): TemplatePart[] {
  const out: TemplatePart[] = []
  for (const p of raw) {
    if (p.k === 'raw') {
      let text = decode(p)
      if (p.trimStart) text = text.trimStart()
      if (p.trimEnd) text = text.trimEnd()
      if (text !== '') out.push({ k: 'text', text })
    } else if (p.k === 'interp') out.push(p)
    else if (p.k === 'if') out.push({ k: 'if', cond: p.cond, then: finish(p.then, decode), else: finish(p.else, decode) })
    else out.push({ k: 'for', ...(p.keyVar !== undefined ? { keyVar: p.keyVar } : {}), valVar: p.valVar, coll: p.coll, body: finish(p.body, decode) })
  }
  return out
}
