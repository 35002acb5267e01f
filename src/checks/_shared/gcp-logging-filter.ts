/**
 * Cloud Logging query language (https://cloud.google.com/logging/docs/view/logging-query-language), parsed far enough
 * to decide whether one filter provably matches every entry another one matches. Rules of the language applied here:
 * AND, OR and NOT are keywords only in capitals; juxtaposition is AND; `-` before a term is NOT; NOT binds tightest,
 * then OR, then AND (so `a AND b OR c` is `a AND (b OR c)`); comparisons are case-insensitive except regular
 * expressions; `--` starts a comment; `field op (v1 OR v2)` expands to `field op v1 OR field op v2`.
 */

/** One term of a filter: a comparison, a global text restriction, or an opaque term (function call, negation). */
export interface Literal {
  /** Canonical text: literals with equal keys match the same entries. */
  key: string
  field?: string
  op?: string
  value?: string
}

/** A filter in disjunctive normal form: OR of ANDs of literals. `[[]]` (no restriction) matches every entry. */
export type Dnf = Literal[][]

type Node = { t: 'and' | 'or'; kids: Node[] } | { t: 'lit'; lit: Literal }
type Token = { k: 'lp' | 'rp' | 'op' | 'str' | 'word' | 'fn' | 'and' | 'or' | 'not'; v: string }

const OPS = ['=~', '!~', '!=', '<=', '>=', '=', '<', '>', ':']
/** DNF size beyond which a filter is not analysed (each AND of ORs multiplies). */
const MAX_CONJUNCTIONS = 256

class FilterSyntaxError extends Error {}

/** A double-quoted string from `start` (at the quote): its unescaped text and the index after it. */
function readString(s: string, start: number): [string, number] {
  let out = ''
  for (let i = start + 1; i < s.length; i++) {
    const c = s[i]!
    if (c === '\\' && i + 1 < s.length) out += s[++i]!
    else if (c === '"') return [out, i + 1]
    else out += c
  }
  throw new FilterSyntaxError('unterminated string')
}

/** A function call's argument text from the '(' at `start`, whitespace outside strings removed, and the index after ')'. */
function readCall(s: string, start: number): [string, number] {
  let depth = 0
  let out = ''
  for (let i = start; i < s.length; i++) {
    const c = s[i]!
    if (c === '"') {
      const [str, next] = readString(s, i)
      out += JSON.stringify(str)
      i = next - 1
    } else if (!/\s/.test(c)) out += c
    if (c === '(') depth++
    if (c === ')' && --depth === 0) return [out, i + 1]
  }
  throw new FilterSyntaxError('unbalanced parentheses')
}

/** Characters that end an unquoted word. */
function endsWord(s: string, i: number): boolean {
  const c = s[i]!
  return /[\s()"=<>:]/.test(c) || (c === '!' && (s[i + 1] === '=' || s[i + 1] === '~'))
}

/** An unquoted word at `start`: a keyword, a function call (word directly followed by '('), or a plain word. */
function readWord(s: string, start: number): [Token, number] {
  let word = ''
  let i = start
  // A path may quote a segment: labels."compute.googleapis.com/resource_name".
  while (i < s.length && (!endsWord(s, i) || (s[i] === '"' && word.endsWith('.')))) {
    if (s[i] === '"') {
      const [seg, next] = readString(s, i)
      word += seg
      i = next
    } else word += s[i++]!
  }
  if (s[i] === '(' && /^[A-Za-z_]\w*$/.test(word)) {
    const [args, next] = readCall(s, i)
    return [{ k: 'fn', v: `${word.toLowerCase()}${args.toLowerCase()}` }, next]
  }
  if (word === 'AND' || word === 'OR' || word === 'NOT') return [{ k: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', v: word }, i]
  return [{ k: 'word', v: word }, i]
}

/** The token at `i` (null for whitespace and comments) and the index after it. */
function readToken(s: string, i: number, prev: Token | undefined): [Token | null, number] {
  const c = s[i]!
  if (/\s/.test(c)) return [null, i + 1]
  if (s.startsWith('--', i)) return [null, s.includes('\n', i) ? s.indexOf('\n', i) : s.length]
  if (c === '(' || c === ')') return [{ k: c === '(' ? 'lp' : 'rp', v: c }, i + 1]
  if (c === '"') {
    const [v, next] = readString(s, i)
    return [{ k: 'str', v }, next]
  }
  const op = OPS.find((o) => s.startsWith(o, i))
  if (op) return [{ k: 'op', v: op }, i + op.length]
  // '-' right before a term negates it; after a comparator it starts a value (a = -1).
  if (c === '-' && prev?.k !== 'op' && i + 1 < s.length && !/\s/.test(s[i + 1]!)) return [{ k: 'not', v: '-' }, i + 1]
  return readWord(s, i)
}

function tokenize(s: string): Token[] {
  const out: Token[] = []
  for (let i = 0; i < s.length;) {
    const [token, next] = readToken(s, i, out.at(-1))
    if (token) out.push(token)
    i = next
  }
  return out
}

/** A comparison literal: field and value lower-cased (the language is case-insensitive), regexes kept as written. */
function comparison(field: string, op: string, value: string): Literal {
  const f = field.toLowerCase()
  const v = op === '=~' || op === '!~' ? value : value.toLowerCase()
  return { key: `${f}${op}${JSON.stringify(v)}`, field: f, op, value: v }
}

/** Recursive-descent parser; `atom` reads one operand (a restriction at top level, a value inside `field op (...)`). */
class Parser {
  private i = 0
  constructor(private readonly toks: Token[]) {}

  parse(): Node {
    if (this.toks.length === 0) return { t: 'and', kids: [] }
    const n = this.and(() => this.restriction())
    if (this.i < this.toks.length) throw new FilterSyntaxError(`unexpected ${this.toks[this.i]!.v}`)
    return n
  }

  private next(): Token {
    const t = this.toks[this.i++]
    if (!t) throw new FilterSyntaxError('unexpected end')
    return t
  }

  private and(atom: () => Node): Node {
    const kids = [this.or(atom)]
    for (let t = this.toks[this.i]; t && t.k !== 'rp'; t = this.toks[this.i]) {
      if (t.k === 'and') this.i++
      kids.push(this.or(atom))
    }
    return kids.length === 1 ? kids[0]! : { t: 'and', kids }
  }

  private or(atom: () => Node): Node {
    const kids = [this.unary(atom)]
    while (this.toks[this.i]?.k === 'or') {
      this.i++
      kids.push(this.unary(atom))
    }
    return kids.length === 1 ? kids[0]! : { t: 'or', kids }
  }

  private unary(atom: () => Node): Node {
    if (this.toks[this.i]?.k !== 'not') return atom()
    this.i++
    return { t: 'lit', lit: { key: `NOT ${canonical(this.unary(atom))}` } }
  }

  private group(atom: () => Node): Node {
    const n = this.and(atom)
    if (this.next().k !== 'rp') throw new FilterSyntaxError('missing )')
    return n
  }

  private restriction(): Node {
    const t = this.next()
    if (t.k === 'lp') return this.group(() => this.restriction())
    if (t.k === 'fn') return { t: 'lit', lit: { key: t.v } }
    if (t.k !== 'word' && t.k !== 'str') throw new FilterSyntaxError(`unexpected ${t.v}`)
    if (this.toks[this.i]?.k !== 'op') return { t: 'lit', lit: { key: `text:${JSON.stringify(t.v.toLowerCase())}`, value: t.v.toLowerCase() } }
    const op = this.next().v
    const value = (): Node => {
      const v = this.next()
      if (v.k === 'lp') return this.group(value)
      if (v.k !== 'word' && v.k !== 'str' && v.k !== 'fn') throw new FilterSyntaxError(`unexpected ${v.v}`)
      return { t: 'lit', lit: comparison(t.v, op, v.v) }
    }
    return value()
  }
}

/** The DNF of a parsed filter; throws when it grows past MAX_CONJUNCTIONS. */
function dnf(n: Node): Dnf {
  if (n.t === 'lit') return [[n.lit]]
  if (n.t === 'or') {
    const out = n.kids.flatMap(dnf)
    if (out.length > MAX_CONJUNCTIONS) throw new FilterSyntaxError('too complex')
    return out
  }
  let acc: Dnf = [[]]
  for (const kid of n.kids) {
    const d = dnf(kid)
    acc = acc.flatMap((a) => d.map((b) => [...a, ...b]))
    if (acc.length > MAX_CONJUNCTIONS) throw new FilterSyntaxError('too complex')
  }
  return acc
}

/** Order-insensitive text of a node, for negated sub-expressions. */
function canonical(n: Node): string {
  const conj = dnf(n).map((c) => [...new Set(c.map((l) => l.key))].sort().join(' AND '))
  return `(${[...new Set(conj)].sort().join(' OR ')})`
}

/** The filter in DNF, or null when it cannot be parsed (or is too complex to compare). */
export function parseLoggingFilter(filter: string): Dnf | null {
  try {
    return dnf(new Parser(tokenize(filter)).parse())
  } catch (err) {
    if (err instanceof FilterSyntaxError) return null
    throw err
  }
}

/**
 * True when every entry matching `r` matches `a`: the same literal, or `field:v` (substring) implied by `field=w` or
 * `field:w` where w contains v, and `field:*` (field present) implied by any `=` or `:` comparison on the field.
 */
export function literalImplies(r: Literal, a: Literal): boolean {
  if (r.key === a.key) return true
  if (!r.field || r.field !== a.field || a.op !== ':' || (r.op !== '=' && r.op !== ':')) return false
  return a.value === '*' || r.value!.includes(a.value!)
}

/**
 * True when filter `actual` provably matches every log entry `required` matches: each AND-clause of `required`'s DNF
 * implies some AND-clause of `actual`'s (every literal of the latter implied by one of the former). So spelling,
 * spacing, quoting, keyword-free case, ordering and grouping of terms, and extra OR alternatives are accepted; an
 * extra AND restriction, a missing alternative or a narrower operator is not. Unparsable filters never match.
 */
export function filterCovers(actual: string, required: string): boolean {
  const a = parseLoggingFilter(actual)
  const r = parseLoggingFilter(required)
  if (!a || !r) return false
  return r.every((rc) => a.some((ac) => ac.every((al) => rc.some((rl) => literalImplies(rl, al)))))
}
