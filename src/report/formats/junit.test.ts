import { beforeAll, describe, expect, it } from 'vitest'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../render-testing.js'
import { renderJunit, xmlEscape } from './junit.js'

interface XmlNode {
  name: string
  attrs: Record<string, string>
  children: XmlNode[]
  text: string
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
// XML 1.0 forbids these characters anywhere in a document, which is exactly what this checks for.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const NAME = '[A-Za-z_][\\w.-]*'

function decode(raw: string): string {
  if (raw.includes('<')) throw new Error(`raw < in character data: ${raw.slice(0, 60)}`)
  return raw.replace(/&([^;]*);?/g, (m, ref: string) => {
    if (!m.endsWith(';')) throw new Error(`bare & in ${raw.slice(0, 60)}`)
    if (ref in ENTITIES) return ENTITIES[ref]!
    if (/^#\d+$/.test(ref)) return String.fromCodePoint(Number(ref.slice(1)))
    if (/^#x[0-9a-fA-F]+$/.test(ref)) return String.fromCodePoint(parseInt(ref.slice(2), 16))
    throw new Error(`unknown entity &${ref};`)
  })
}

/** A strict, small XML 1.0 well-formedness check (elements, attributes, character data, entity references) → tree. */
function parseXml(xml: string): XmlNode {
  if (ILLEGAL.test(xml)) throw new Error('character not allowed in XML 1.0')
  let rest = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '')
  if (rest === xml) throw new Error('missing XML declaration')
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlNode[] = [root]
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}="[^"]*")*)\\s*(/?)>`)
  while (rest.length > 0) {
    const lt = rest.indexOf('<')
    const text = lt === -1 ? rest : rest.slice(0, lt)
    if (text) stack.at(-1)!.text += decode(text)
    if (lt === -1) break
    rest = rest.slice(lt)
    const m = tag.exec(rest)
    if (!m) throw new Error(`malformed tag near: ${rest.slice(0, 80)}`)
    rest = rest.slice(m[0].length)
    const [, close, name, attrText, selfClose] = m as unknown as [string, string, string, string, string]
    if (close) {
      const open = stack.pop()
      if (!open || open.name !== name || stack.length === 0) throw new Error(`mismatched </${name}>`)
      continue
    }
    const attrs: Record<string, string> = {}
    for (const a of attrText.matchAll(new RegExp(`(${NAME})="([^"]*)"`, 'g'))) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`)
      attrs[a[1]!] = decode(a[2]!)
    }
    const node: XmlNode = { name, attrs, children: [], text: '' }
    stack.at(-1)!.children.push(node)
    if (!selfClose) stack.push(node)
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`)
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('a document has exactly one root element')
  return root.children[0]!
}

const all = (node: XmlNode, name: string): XmlNode[] => [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))]
const count = (n: XmlNode, attr: string): number => Number(n.attrs[attr])

describe('xmlEscape', () => {
  it('escapes markup, and control characters XML 1.0 cannot carry', () => {
    expect(xmlEscape('<a href="x">&\'</a>')).toBe('&lt;a href="x"&gt;&amp;\'&lt;/a&gt;')
    expect(xmlEscape('<a href="x">&\'</a>', true)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
    expect(xmlEscape('bell\u0007 nul\u0000 esc\u001b ok\ttab')).toBe('bell\\u0007 nul\\u0000 esc\\u001b ok\ttab')
    expect(xmlEscape('line1\nline2\r', true)).toBe('line1&#10;line2&#13;')
    expect(xmlEscape('lone \ud800 pair \ud83d\ude00 \uffff')).toBe('lone \\ud800 pair \ud83d\ude00 \\uffff')
  })
})

describe('renderJunit', () => {
  let input: RenderInput
  let xml: string
  let doc: XmlNode
  beforeAll(async () => {
    input = await sampleRenderInput()
    xml = renderJunit(input)
    doc = parseXml(xml)
  })

  it('is well-formed XML with a testsuites root', () => {
    expect(doc.name).toBe('testsuites')
    expect(() => parseXml(xml.replace('&lt;script&gt;', '<script>'))).toThrow()
  })

  it('has one suite per service plus collection errors, and consistent counts', () => {
    const suites = all(doc, 'testsuite')
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'posture.aws.cloudtrail',
      'posture.aws.ec2',
      'posture.aws.iam',
      'posture.aws.kms',
      'posture.aws.lambda',
      'posture.aws.rds',
      'posture.aws.s3',
      'posture.collection',
    ])
    for (const s of suites) {
      const cases = all(s, 'testcase')
      expect(count(s, 'tests')).toBe(cases.length)
      expect(count(s, 'failures')).toBe(cases.filter((c) => all(c, 'failure').length > 0).length)
      expect(count(s, 'errors')).toBe(cases.filter((c) => all(c, 'error').length > 0).length)
      expect(count(s, 'skipped')).toBe(cases.filter((c) => all(c, 'skipped').length > 0).length)
    }
    // 12 findings + 1 collection error; 5 unmuted failures; 1 undetermined finding + 1 collection error; 1 muted.
    expect([count(doc, 'tests'), count(doc, 'failures'), count(doc, 'errors'), count(doc, 'skipped')]).toEqual([13, 5, 2, 1])
    expect(count(doc, 'time')).toBe(240)
  })

  it('names each testcase by check (classname) and resource uid, escaping the <script> name', () => {
    expect(xml).not.toContain('<script>')
    expect(xml).toContain('name="arn:aws:s3:::&lt;script&gt;alert(1)&lt;/script&gt;"')
    const script = all(doc, 'testcase').find((c) => c.attrs.name === 'arn:aws:s3:::<script>alert(1)</script>')!
    expect(script.attrs.classname).toBe('aws-s3-bucket-public-access-block-enabled')
    const failure = all(script, 'failure')[0]!
    expect(failure.attrs.message).toBe('Block Public Access is off: "BlockPublicAcls" = false, & more')
    expect(failure.attrs.type).toBe('high')
    const meta = input.checks.get('aws-s3-bucket-public-access-block-enabled')!
    expect(failure.text).toContain(`Remediation:\n1. ${meta.remediation.steps[0]}`)
    expect(failure.text).toContain(`CLI: ${meta.remediation.cli}`)
    expect(failure.text).toContain('Resource: <script>alert(1)</script> (arn:aws:s3:::<script>alert(1)</script>)')
  })

  it('keeps a multi-line message intact in the failure attribute', () => {
    const sg = all(doc, 'testcase').find((c) => c.attrs.classname === 'aws-ec2-sg-no-ssh-from-internet' && all(c, 'failure').length > 0)!
    expect(all(sg, 'failure')[0]!.attrs.message).toBe('Ingress allows TCP 22 from 0.0.0.0/0.\nSecond line.')
  })

  it('skips muted findings with the reason, and reports errors as <error>', () => {
    const skipped = all(doc, 'skipped')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]!.attrs.message).toBe('muted: Static website assets, public by design (ticket SEC-142)')
    expect(skipped[0]!.text).toContain(
      'Muted by suppression web-public-assets (owner web-team@example.com until 2026-12-31T23:59:59.999Z); status fail.',
    )
    const rds = all(doc, 'testcase').find((c) => c.attrs.classname === 'aws-rds-instance-storage-encrypted')!
    expect(all(rds, 'error')[0]!.attrs).toEqual({ message: 'Could not list RDS instances: AccessDenied.', type: 'undetermined' })
    expect(all(rds, 'failure')).toHaveLength(0)
    const collection = all(doc, 'testsuite').find((s) => s.attrs.name === 'posture.collection')!
    expect(all(collection, 'testcase')[0]!.attrs).toMatchObject({
      classname: 'posture.collection.rds',
      name: '111111111111/eu-west-1 DescribeDBInstances',
    })
  })

  it('stays well-formed with control characters and lone surrogates in the data', () => {
    const [f0, ...rest] = input.report.findings
    const nasty = {
      ...f0!,
      message: 'bell\u0007 nul\u0000 \ud800 ]]> end',
      resource: { ...f0!.resource, name: 'x\u001by', uid: 'arn:aws:s3:::a\u0001b' },
    }
    const out = renderJunit({ ...input, report: { ...input.report, findings: [nasty, ...rest] } })
    const tree = parseXml(out)
    const tc = all(tree, 'testcase').find((c) => c.attrs.name === 'arn:aws:s3:::a\\u0001b')!
    expect(all(tc, 'failure')[0]!.attrs.message).toBe('bell\\u0007 nul\\u0000 \\ud800 ]]> end')
  })

  it('adds file and line attributes when a finding carries a physical location', () => {
    const [f0, ...rest] = input.report.findings
    const withFile = { ...f0!, location: { file: 'infra/main.tf', startLine: 7 } }
    const tree = parseXml(renderJunit({ ...input, report: { ...input.report, findings: [withFile, ...rest] } }))
    expect(all(tree, 'testcase').find((c) => c.attrs.name === f0!.resource.uid && c.attrs.classname === f0!.checkId)!.attrs).toMatchObject({
      file: 'infra/main.tf',
      line: '7',
    })
  })

  it('renders a 2,000-finding synthetic scan with matching counts', async () => {
    const big = await syntheticRenderInput(2000)
    const tree = parseXml(renderJunit(big))
    const f = big.report.findings
    expect(count(tree, 'tests')).toBe(2000 + big.report.errors.length)
    expect(count(tree, 'failures')).toBe(f.filter((x) => x.status === 'fail' && !x.muted).length)
    expect(count(tree, 'errors')).toBe(f.filter((x) => x.status === 'error' && !x.muted).length + big.report.errors.length)
    expect(count(tree, 'skipped')).toBe(f.filter((x) => x.muted).length)
    expect(all(tree, 'testcase')).toHaveLength(2000 + big.report.errors.length)
  })
})
