import { beforeAll, describe, expect, it } from 'vitest'
import type { Parser } from 'web-tree-sitter'
import type { Expr } from './ast.js'
import { hclParser, MAX_NESTING, parseHcl } from './parse.js'

let parser: Parser
beforeAll(async () => {
  parser = await hclParser()
})

describe('parseHcl: structure and locations', () => {
  it('reads blocks with quoted and bare labels, attributes and exact 1-based lines', () => {
    const f = parseHcl(
      parser,
      'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n\n  versioning {\n    enabled = true\n  }\n}\nlocals { a = 1 }\nlabelled bare "q" {}\n',
    )
    expect(f.errors).toEqual([])
    expect(f.body.blocks.map((b) => [b.type, b.labels, b.startLine, b.endLine])).toEqual([
      ['resource', ['aws_s3_bucket', 'b'], 1, 7],
      ['locals', [], 8, 8],
      ['labelled', ['bare', 'q'], 9, 9],
    ])
    const inner = f.body.blocks[0]!.body
    expect(inner.attributes.map((a) => [a.name, a.line, a.column])).toEqual([['bucket', 2, 3]])
    expect(inner.blocks.map((b) => [b.type, b.startLine, b.endLine])).toEqual([['versioning', 4, 6]])
  })

  it('keeps comments of all three styles with lines, and whether they stand on their own line', () => {
    const f = parseHcl(parser, '# one\nx = 1 // two\n/* three\n   more */\ny = 2\n')
    expect(f.comments).toEqual([
      { text: '# one', line: 1, endLine: 1, ownLine: true },
      { text: '// two', line: 2, endLine: 2, ownLine: false },
      { text: '/* three\n   more */', line: 3, endLine: 4, ownLine: true },
    ])
  })

  it('reads CRLF line endings and non-ASCII identifiers and text', () => {
    const f = parseHcl(parser, 'ñame = "é"\r\nresource "a" "b" {\r\n  x = 1\r\n}\r\n')
    expect(f.errors).toEqual([])
    expect(f.body.attributes.map((a) => [a.name, a.expr])).toEqual([['ñame', { k: 'lit', value: 'é' }]])
    expect(f.body.blocks[0]?.startLine).toBe(2)
  })

  it('builds templates with literal text taken from the source (whitespace kept)', () => {
    const f = parseHcl(parser, 'a = "x ${y} z"\n')
    const expr = f.body.attributes[0]!.expr
    expect(expr.k).toBe('template')
    const t = expr as Extract<Expr, { k: 'template' }>
    expect(t.text).toBe('x ${y} z')
    expect(t.parts.map((p) => (p.k === 'text' ? p.text : p.k))).toEqual(['x ', 'interp', ' z'])
  })

  it('reads legacy index, splats and function calls with expansion', () => {
    const f = parseHcl(parser, 'a = x.0.y[*].z\nb = f(1, [2]...)\n')
    const [a, b] = f.body.attributes
    expect(a!.expr).toMatchObject({
      k: 'trav',
      root: 'x',
      steps: [{ k: 'index', key: { k: 'lit', value: 0 } }, { k: 'attr', name: 'y' }, { k: 'splat' }],
    })
    expect(b!.expr).toMatchObject({ k: 'call', name: 'f', expand: true, line: 2 })
  })
})

describe('parseHcl: errors and limits', () => {
  it('reports a missing closing brace at end of input', () => {
    expect(parseHcl(parser, 'resource "a" "b" {\n  x = 1\n').errors).toEqual([{ line: 3, column: 1, message: 'missing }' }])
  })

  it('reports unexpected input where tree-sitter finds it and keeps the blocks around it', () => {
    const f = parseHcl(parser, 'a { x = 1 }\nb {\n  y = = 2\n}\nc { z = 3 }\n')
    expect(f.errors).toEqual([{ line: 3, column: 7, message: 'unexpected input' }])
    expect(f.body.blocks.map((b) => [b.type, b.startLine])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 5],
    ])
  })

  it('the grammar alone does not read integer literals with an exponent (known gap); parseHcl rewrites them', () => {
    expect(parser.parse('a = 1e3\n')?.rootNode.hasError).toBe(true)
    const f = parseHcl(parser, 'a = 1e3\nb = "1e3"\n')
    expect(f.errors).toEqual([])
    expect(f.body.attributes.map((a) => a.expr)).toEqual([
      { k: 'lit', value: 1000 },
      { k: 'lit', value: '1e3' },
    ])
  })

  it(`cuts nesting deeper than ${MAX_NESTING} levels with one problem`, () => {
    const f = parseHcl(parser, `a = ${'['.repeat(5000)}${']'.repeat(5000)}\nb = 1\n`)
    expect(f.errors).toEqual([
      { line: 1, column: 5 + MAX_NESTING, message: `nested more than ${MAX_NESTING} levels deep; the rest of this expression or block is not read` },
    ])
    expect(f.body.attributes.map((a) => a.name)).toEqual(['a', 'b'])
  })
})
