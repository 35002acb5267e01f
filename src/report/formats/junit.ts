/**
 * JUnit XML for CI test reporters (GitLab, Jenkins, Azure DevOps, GitHub test-report actions). One testsuite per cloud
 * service (`posture.aws.s3`), one testcase per finding (classname = check id, name = resource uid): CI tools group
 * testcases by classname, so each check shows as a class and each resource as a test, while suites stay few enough to
 * read. Failures carry the message and the remediation; errors (undetermined) are <error>; muted findings are
 * <skipped>; collection errors form a last suite so an incomplete inventory is visible in CI too.
 */
import type { ReportFinding } from '../model.js'
import type { RenderInput } from '../render-input.js'
import { checkMetaFor, complianceLabel, findingLocations, remediationText } from './common.js'

// Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates that are not in a pair.
const FORBIDDEN = String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`
const XML_SPECIAL = new RegExp(`[&<>"'\\t\\n\\r]|${FORBIDDEN}`)
const XML_TEXT_CHARS = new RegExp(`[&<>\\r]|${FORBIDDEN}`, 'g')
// Attribute values are whitespace-normalised by parsers: line breaks and tabs become character references there.
const XML_ATTRIBUTE_CHARS = new RegExp(`[&<>"'\\t\\n\\r]|${FORBIDDEN}`, 'g')
const NAMED: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

function escapeChar(ch: string): string {
  return NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/**
 * Text safe inside XML 1.0 (elements and attributes): escapes markup characters, and replaces characters XML 1.0
 * cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) by a visible `\uXXXX`, so
 * the document stays well-formed and nothing is silently lost.
 */
export function xmlEscape(text: string, attribute = false): string {
  return XML_SPECIAL.test(text) ? text.replace(attribute ? XML_ATTRIBUTE_CHARS : XML_TEXT_CHARS, escapeChar) : text
}

const attr = (name: string, value: string | number): string => ` ${name}="${xmlEscape(String(value), true)}"`

interface Counts {
  tests: number
  failures: number
  errors: number
  skipped: number
}

function testcase(input: RenderInput, f: ReportFinding): { xml: string; kind: 'pass' | 'failure' | 'error' | 'skipped' } {
  const meta = checkMetaFor(input, f)
  const { resource, physical } = findingLocations(f)
  const open = `    <testcase${attr('classname', f.checkId)}${attr('name', resource.uid)}${attr('time', 0)}${physical ? attr('file', physical.file) + (physical.startLine ? attr('line', physical.startLine) : '') : ''}`
  const where = `Resource: ${resource.name} (${resource.uid}) in account ${resource.account}, region ${resource.region}`
  const compliance = f.compliance.length > 0 ? `\nCompliance: ${f.compliance.map(complianceLabel).join('; ')}` : ''
  if (f.muted) {
    const m = f.muted
    const until = m.expiresAt ? ` until ${m.expiresAt}` : ''
    return {
      kind: 'skipped',
      xml: `${open}>\n      <skipped${attr('message', `muted: ${m.reason}`)}>${xmlEscape(`Muted by suppression ${m.suppressionId} (owner ${m.owner}${until}); status ${f.status}.\n${f.message}\n${where}`)}</skipped>\n    </testcase>`,
    }
  }
  if (f.status === 'fail') {
    const body = `${f.message}\n${where}\nSeverity: ${f.severity}${compliance}\n\nRemediation:\n${remediationText(meta)}`
    return {
      kind: 'failure',
      xml: `${open}>\n      <failure${attr('message', f.message)}${attr('type', f.severity)}>${xmlEscape(body)}</failure>\n    </testcase>`,
    }
  }
  if (f.status === 'error') {
    const body = `Could not be determined: ${f.message}\n${where}`
    return {
      kind: 'error',
      xml: `${open}>\n      <error${attr('message', f.message)}${attr('type', 'undetermined')}>${xmlEscape(body)}</error>\n    </testcase>`,
    }
  }
  return { kind: 'pass', xml: `${open}/>` }
}

function suite(
  name: string,
  id: number,
  timestamp: string,
  cases: { xml: string; kind: string }[],
  properties: [string, string][],
): { xml: string; counts: Counts } {
  const counts: Counts = {
    tests: cases.length,
    failures: cases.filter((c) => c.kind === 'failure').length,
    errors: cases.filter((c) => c.kind === 'error').length,
    skipped: cases.filter((c) => c.kind === 'skipped').length,
  }
  const props = properties.map(([k, v]) => `      <property${attr('name', k)}${attr('value', v)}/>`).join('\n')
  const head = `  <testsuite${attr('name', name)}${attr('id', id)}${attr('tests', counts.tests)}${attr('failures', counts.failures)}${attr('errors', counts.errors)}${attr('skipped', counts.skipped)}${attr('time', 0)}${attr('timestamp', timestamp)}>`
  return { xml: [head, '    <properties>', props, '    </properties>', ...cases.map((c) => c.xml), '  </testsuite>'].join('\n'), counts }
}

/** The JUnit XML document (UTF-8, trailing newline). */
export function renderJunit(input: RenderInput): string {
  const { report } = input
  const byService = new Map<string, ReportFinding[]>()
  for (const f of report.findings) {
    const key = `posture.${f.resource.provider}.${checkMetaFor(input, f).service || 'other'}`
    const list = byService.get(key) ?? []
    list.push(f)
    byService.set(key, list)
  }
  const scanProps: [string, string][] = [
    ['posture.scan.id', report.scan.id],
    ['posture.scan.provider', report.scan.provider],
    ['posture.scan.accounts', report.scan.accounts.join(',')],
    ['posture.scan.regions', report.scan.regions.join(',')],
    ['posture.version', report.tool.version],
  ]
  const suites = [...byService.keys()].sort().map((name, i) =>
    suite(
      name,
      i,
      report.scan.startedAt,
      byService.get(name)!.map((f) => testcase(input, f)),
      scanProps,
    ),
  )
  if (report.errors.length > 0) {
    const cases = report.errors.map((e) => {
      const message = `Could not collect ${e.service} (${e.api}): ${e.reason}`
      const body = `${message}\nAccount ${e.account}, region ${e.region}${e.resource ? `, resource ${e.resource}` : ''}.\nResources this call would have listed were not evaluated.`
      return {
        kind: 'error',
        xml: `    <testcase${attr('classname', `posture.collection.${e.service}`)}${attr('name', `${e.account}/${e.region} ${e.api}`)}${attr('time', 0)}>\n      <error${attr('message', message)}${attr('type', 'collection-error')}>${xmlEscape(body)}</error>\n    </testcase>`,
      }
    })
    suites.push(suite('posture.collection', suites.length, report.scan.startedAt, cases, scanProps))
  }
  const total = suites.reduce<Counts>(
    (t, s) => ({
      tests: t.tests + s.counts.tests,
      failures: t.failures + s.counts.failures,
      errors: t.errors + s.counts.errors,
      skipped: t.skipped + s.counts.skipped,
    }),
    { tests: 0, failures: 0, errors: 0, skipped: 0 },
  )
  const seconds = (new Date(report.scan.finishedAt).getTime() - new Date(report.scan.startedAt).getTime()) / 1000
  const head = `<testsuites${attr('name', 'Posture')}${attr('tests', total.tests)}${attr('failures', total.failures)}${attr('errors', total.errors)}${attr('skipped', total.skipped)}${attr('time', Number.isFinite(seconds) ? seconds : 0)}${attr('timestamp', report.scan.startedAt)}>`
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n')
}
