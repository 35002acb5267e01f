import { beforeAll, describe, expect, it } from 'vitest'
import type { Parser } from 'web-tree-sitter'
import { evaluate, type Env, type Scope } from './evaluate.js'
import { hclParser, parseHcl } from './parse.js'
import { fail } from './value.js'

let parser: Parser
beforeAll(async () => {
  parser = await hclParser()
})

/** An Env with a few variables and resource references, as a module would answer them. */
const env: Env = {
  baseDir: process.cwd(),
  ref(root, steps) {
    const first = steps[0]
    const name = first?.k === 'attr' ? first.name : ''
    if (root === 'var') {
      const vars: Record<string, unknown> = { list: ['a', 'b'], map: { x: 1, y: 2 }, n: 3, s: 'str', objs: [{ id: 1 }, { id: 2 }], nothing: null }
      return { value: Object.hasOwn(vars, name) ? vars[name] : { $unknown: `var.${name} has no value` }, used: 1 }
    }
    if (root === 'aws_s3_bucket') return { value: { $ref: `aws_s3_bucket.${name}` }, used: 1 }
    return { value: fail(`unknown reference ${root}`), used: 0 }
  },
  readFile: (f) => (f === 'policy.json' ? '{"Statement":[]}' : fail(`cannot read ${f}`)),
  fileExists: (f) => f === 'policy.json',
}

function ev(expr: string): unknown {
  const file = parseHcl(parser, `v = ${expr}\n`)
  expect(file.errors).toEqual([])
  const scope: Scope = { env, names: undefined }
  return evaluate(file.body.attributes[0]!.expr, scope)
}

const UNKNOWN_ARN = { $unknown: 'known only after apply: aws_s3_bucket.b.arn' }

describe('evaluate: expressions', () => {
  const cases: { name: string; expr: string; expected: unknown }[] = [
    { name: 'numbers, bools, null', expr: '[1, -2.5, 1.5e+3, true, false, null]', expected: [1, -2.5, 1500, true, false, null] },
    { name: 'string escapes', expr: '"a\\"b\\\\c\\n\\t\\u00e9 $${lit} %%{lit}"', expected: 'a"b\\c\n\té ${lit} %{lit}' },
    { name: 'interpolation of known values', expr: '"${var.s}-${var.n}-${true}"', expected: 'str-3-true' },
    { name: 'single interpolation keeps the value', expr: '"${var.list}"', expected: ['a', 'b'] },
    { name: 'object keys: identifiers, strings, expressions', expr: '{ a = 1, "b c" = 2, (var.s) = 3 }', expected: { a: 1, 'b c': 2, str: 3 } },
    { name: 'colon object syntax', expr: '{ a: 1 }', expected: { a: 1 } },
    { name: 'arithmetic and precedence', expr: '1 + 2 * 3 - 8 / 4 % 3', expected: 5 },
    {
      name: 'comparison and logic',
      expr: '[1 < 2, 2 >= 3, "a" == "a", [1] != [1], !true || false && true]',
      expected: [true, false, true, false, false],
    },
    { name: 'conditional', expr: 'var.n > 2 ? "big" : "small"', expected: 'big' },
    { name: 'index, attribute, legacy index', expr: '[var.list[1], var.map.y, var.map["x"], var.list.0]', expected: ['b', 2, 1, 'a'] },
    { name: 'full splat', expr: 'var.objs[*].id', expected: [1, 2] },
    { name: 'attribute splat', expr: 'var.objs.*.id', expected: [1, 2] },
    { name: 'splat of null', expr: 'var.nothing[*]', expected: [] },
    { name: 'for over a list with a condition', expr: '[for i, s in var.list : "${i}${s}" if s != "a"]', expected: ['1b'] },
    { name: 'for over a map into an object', expr: '{ for k, v in var.map : v => k }', expected: { 1: 'x', 2: 'y' } },
    { name: 'for with grouping', expr: '{ for s in ["ab", "ac", "b"] : substr(s, 0, 1) => s... }', expected: { a: ['ab', 'ac'], b: ['b'] } },
    { name: 'template if/else', expr: '"%{ if var.n == 3 }three%{ else }other%{ endif }"', expected: 'three' },
    { name: 'template for', expr: '"%{ for k, v in var.map }${k}=${v};%{ endfor }"', expected: 'x=1;y=2;' },
    { name: 'strip markers', expr: '"a %{~ if true ~} b %{~ endif ~} c ${~ "d" ~} e"', expected: 'abcde' },
    { name: 'parentheses', expr: '(1 + 2) * 3', expected: 9 },
    { name: 'function argument expansion', expr: 'max([1, 5, 3]...)', expected: 5 },
  ]
  for (const c of cases) it(c.name, () => expect(ev(c.expr)).toEqual(c.expected))

  it('a reference stays a reference; inside interpolation it becomes an Unknown with the template text', () => {
    expect(ev('aws_s3_bucket.b')).toEqual({ $ref: 'aws_s3_bucket.b' })
    expect(ev('aws_s3_bucket.b.arn')).toEqual({ $ref: 'aws_s3_bucket.b', attribute: 'arn' })
    expect(ev('"${aws_s3_bucket.b.arn}/*"')).toEqual({ ...UNKNOWN_ARN, text: '${aws_s3_bucket.b.arn}/*' })
    expect(ev('aws_s3_bucket.b.versioning[0]')).toEqual({ $unknown: 'known only after apply: aws_s3_bucket.b.versioning[…]' })
    expect(ev('upper(aws_s3_bucket.b.arn)')).toEqual(UNKNOWN_ARN)
  })

  it('an unknown condition gives an Unknown unless both branches agree', () => {
    expect(ev('var.unset ? "a" : "b"')).toEqual({ $unknown: 'var.unset has no value' })
    expect(ev('var.unset ? "a" : "a"')).toBe('a')
    expect(ev('false && var.unset')).toBe(false)
    expect(ev('true || var.unset')).toBe(true)
  })

  it('errors are Unknowns that try() and can() see through', () => {
    expect(ev('var.map.missing')).toEqual({ $unknown: 'this object has no attribute "missing"' })
    expect(ev('try(var.map.missing, var.list[5], "fallback")')).toBe('fallback')
    expect(ev('[can(var.map.missing), can(var.map.x)]')).toEqual([false, true])
    expect(ev('try(var.unset, "fallback")')).toEqual({ $unknown: 'var.unset has no value' })
    expect(ev('1 / 0')).toEqual({ $unknown: 'division by zero' })
  })
})

describe('evaluate: heredocs', () => {
  it('keeps indentation in <<EOT and removes the common indentation in <<-EOT', () => {
    expect(ev('<<EOT\n  a ${var.s}\n    b\nEOT')).toBe('  a str\n    b\n')
    expect(ev('<<-EOT\n    a ${var.s}\n      b\n\n    c\n  EOT')).toBe('a str\n  b\n\nc\n')
    expect(ev('<<-EOT\n    %{ for s in var.list }- ${s}\n    %{ endfor ~}\n  EOT')).toBe('- a\n- b\n')
  })

  it('does not read backslash escapes in heredocs, but does read $${ and %%{', () => {
    expect(ev('<<EOT\na\\nb $${x} %%{y}\nEOT')).toBe('a\\nb ${x} %{y}\n')
  })
})

describe('evaluate: functions', () => {
  const cases: { expr: string; expected: unknown }[] = [
    { expr: 'jsonencode({ b = [1, true, null], a = "x" })', expected: '{"a":"x","b":[1,true,null]}' },
    { expr: 'jsondecode("{\\"a\\": [1, 2]}")', expected: { a: [1, 2] } },
    { expr: 'merge({ a = 1, b = 1 }, { b = 2 }, null)', expected: { a: 1, b: 2 } },
    { expr: 'concat(["a"], [], ["b", "c"])', expected: ['a', 'b', 'c'] },
    { expr: 'lookup({ a = 1 }, "b", "dflt")', expected: 'dflt' },
    { expr: 'length("héllo")', expected: 5 },
    { expr: 'format("%s-%03d-%.1f-%t-%q", "a", 7, 1.25, true, "q")', expected: 'a-007-1.3-true-"q"' },
    { expr: 'formatlist("%s=%s", ["a", "b"], "x")', expected: ['a=x', 'b=x'] },
    { expr: 'join(",", ["a", "b"], ["c"])', expected: 'a,b,c' },
    { expr: 'split(",", "a,b,,c")', expected: ['a', 'b', '', 'c'] },
    { expr: '[lower("AbC"), upper("abc"), title("hello world")]', expected: ['abc', 'ABC', 'Hello World'] },
    { expr: 'replace("a-b-c", "-", "+")', expected: 'a+b+c' },
    { expr: 'replace("a1b22", "/[0-9]+/", "#")', expected: 'a#b#' },
    { expr: 'contains(["a", "b"], "b")', expected: true },
    { expr: 'coalesce(null, "", "x")', expected: 'x' },
    { expr: 'coalescelist([], ["a"])', expected: ['a'] },
    { expr: '[tostring(1), tonumber("2"), tobool("true")]', expected: ['1', 2, true] },
    { expr: 'toset(["b", "a", "b"])', expected: ['b', 'a'] },
    { expr: 'tomap({ a = 1 })', expected: { a: 1 } },
    { expr: 'element(["a", "b", "c"], 4)', expected: 'b' },
    { expr: 'flatten([["a"], [["b"]], "c"])', expected: ['a', 'b', 'c'] },
    { expr: 'keys({ b = 1, a = 2 })', expected: ['a', 'b'] },
    { expr: 'values({ b = 1, a = 2 })', expected: [2, 1] },
    { expr: 'zipmap(["a", "b"], [1, 2])', expected: { a: 1, b: 2 } },
    { expr: 'distinct(["a", "b", "a"])', expected: ['a', 'b'] },
    { expr: 'compact(["a", "", null, "b"])', expected: ['a', 'b'] },
    { expr: '[trimspace("  a "), trim("xxaxx", "x"), trimprefix("ab", "a"), trimsuffix("ab", "b")]', expected: ['a', 'a', 'b', 'a'] },
    { expr: 'substr("hello", 1, 3)', expected: 'ell' },
    { expr: '[startswith("abc", "ab"), endswith("abc", "bc"), strcontains("abc", "x")]', expected: [true, true, false] },
    { expr: '[min(3, 1, 2), max(1, 4), abs(-2), ceil(1.2), floor(1.8)]', expected: [1, 4, 2, 2, 1] },
    { expr: 'range(1, 7, 2)', expected: [1, 3, 5] },
    { expr: 'cidrsubnet("10.1.0.0/16", 8, 3)', expected: '10.1.3.0/24' },
    { expr: 'base64encode("hi")', expected: 'aGk=' },
    { expr: 'sha256("a")', expected: 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb' },
    { expr: 'regex("^(\\\\w+)-(\\\\d+)$", "web-42")', expected: ['web', '42'] },
    { expr: 'one(["a"])', expected: 'a' },
    { expr: 'sum([1, 2, 3.5])', expected: 6.5 },
    { expr: 'setunion(["a"], ["b", "a"])', expected: ['a', 'b'] },
    { expr: 'slice(["a", "b", "c"], 1, 3)', expected: ['b', 'c'] },
    { expr: 'reverse([1, 2])', expected: [2, 1] },
    { expr: 'sort(["b", "a"])', expected: ['a', 'b'] },
    { expr: '[alltrue([true, "true"]), anytrue([false])]', expected: [true, false] },
    { expr: 'file("policy.json")', expected: '{"Statement":[]}' },
    { expr: '[fileexists("policy.json"), fileexists("other.json")]', expected: [true, false] },
  ]
  for (const c of cases) it(c.expr, () => expect(ev(c.expr)).toEqual(c.expected))

  it('structural functions pass references through; others give an Unknown', () => {
    expect(ev('concat([aws_s3_bucket.b.arn], ["x"])')).toEqual([{ $ref: 'aws_s3_bucket.b', attribute: 'arn' }, 'x'])
    expect(ev('lookup({ a = aws_s3_bucket.b.id }, "a")')).toEqual({ $ref: 'aws_s3_bucket.b', attribute: 'id' })
    expect(ev('join(",", [aws_s3_bucket.b.arn])')).toEqual(UNKNOWN_ARN)
    expect(ev('timestamp()')).toEqual({ $unknown: 'timestamp() is known only after apply' })
    expect(ev('provider::aws::arn_parse("x")')).toEqual({ $unknown: 'function provider::aws::arn_parse is not supported' })
    expect(ev('nosuchfunction(1)')).toEqual({ $unknown: 'function nosuchfunction is not supported' })
  })

  it('jsonencode of a partly unknown value keeps the document as partial', () => {
    expect(ev('jsonencode({ Resource = "${aws_s3_bucket.b.arn}/*", Action = "s3:*" })')).toEqual({
      ...UNKNOWN_ARN,
      partial: { Resource: { ...UNKNOWN_ARN, text: '${aws_s3_bucket.b.arn}/*' }, Action: 's3:*' },
    })
  })
})
