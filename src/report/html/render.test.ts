import { createHash } from 'node:crypto'
import { Script } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { RenderInput } from '../render-input.js'
import { sampleRenderInput } from '../render-testing.js'
import { CLIENT_JS } from './client.js'
import { decodePacked, PACKED_VERSION, unpackFindings } from './pack.js'
import { renderHtml } from './render.js'
import { CSS } from './styles.js'
import { tally } from './summary.js'

const HOSTILE = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>'

/** The sample with hostile text in every static field the summary prints. */
async function hostileInput(): Promise<RenderInput> {
  const input = await sampleRenderInput()
  const fw = input.compliance!.frameworks[0]!
  return {
    ...input,
    report: {
      ...input.report,
      scan: { ...input.report.scan, id: HOSTILE, accounts: [...input.report.scan.accounts, HOSTILE], regions: [HOSTILE] },
      errors: [{ service: HOSTILE, region: HOSTILE, api: HOSTILE, reason: HOSTILE, account: HOSTILE, resource: HOSTILE }],
    },
    compliance: {
      ...input.compliance!,
      frameworks: [{ ...fw, framework: { ...fw.framework, name: HOSTILE, version: HOSTILE, source: 'javascript:alert(3)' } }],
    },
  }
}

const between = (html: string, open: string, close: string): string => {
  const start = html.indexOf(open)
  return html.slice(start + open.length, html.indexOf(close, start))
}

describe('renderHtml', () => {
  it('embeds the findings packed, and they decode back to the report findings', async () => {
    const input = await sampleRenderInput()
    const html = renderHtml(input)
    const data = between(html, '<script type="application/octet-stream" id="posture-data">', '</script>')
    expect(unpackFindings(decodePacked(data))).toEqual(input.report.findings)
  })

  it('loads nothing: no src, link, import or url(), and a CSP that pins our one style and one script by hash', async () => {
    const html = renderHtml(await sampleRenderInput())
    // (Our script calls `new URL(...)`: look at the markup and stylesheet only.)
    expect(html.replace(CLIENT_JS, '')).not.toMatch(/\ssrc=|<link|@import|url\(|<iframe|<img/i)
    const csp = between(html, '<meta http-equiv="Content-Security-Policy" content="', '">').replaceAll('&#39;', "'")
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`
    expect(csp).toBe(`default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(CLIENT_JS)}; img-src data:; base-uri 'none'; form-action 'none'`)
    expect(between(html, '<style>', '</style>')).toBe(CSS)
    expect(between(html, '<script>', '</script>')).toBe(CLIENT_JS)
    // Every anchor rendered statically opens without a referrer or opener.
    for (const a of html.match(/<a [^>]*>/g) ?? []) expect(a).toContain('rel="noopener noreferrer"')
  })

  it('escapes every string from the scan: hostile ids, accounts, errors and framework names stay text', async () => {
    const html = renderHtml(await hostileInput())
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html).not.toContain('<img')
    // The framework's javascript: source is shown as text, never as a link.
    expect(html).not.toContain('href="javascript:')
    expect(html).toContain('<td>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td>')
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;')
  })

  it('prints the totals of the sample in the summary cards', async () => {
    const html = renderHtml(await sampleRenderInput())
    const card = (key: string) => between(html, `data-total="${key}"><div class="value">`, '</div>')
    expect(['score', 'total', 'fail', 'error', 'muted', 'pass', 'resources', 'checks', 'errors'].map(card)).toEqual([
      '47.6%',
      '12',
      '5',
      '1',
      '1',
      '5',
      '11',
      '8',
      '1',
    ])
    expect(html).toContain('<tr data-framework="cis-aws">')
    expect(html).toContain('AccessDenied: not authorized to perform rds:DescribeDBInstances')
  })

  it('is deterministic (same input, same bytes)', async () => {
    const input = await sampleRenderInput()
    expect(renderHtml(input)).toBe(renderHtml(input))
  })

  it('says when compliance was not scored', async () => {
    const input: RenderInput = { ...(await sampleRenderInput()), compliance: undefined }
    const html = renderHtml(input)
    expect(between(html, 'data-total="score"><div class="value">', '</div>')).toBe('n/a')
    expect(html).toContain('Compliance was not scored for this report.')
  })
})

describe('tally', () => {
  it('counts muted findings apart and failures by service without the muted one', async () => {
    const t = tally(await sampleRenderInput())
    expect(t.bySeverity).toEqual({
      critical: { pass: 1, fail: 2, error: 0, muted: 0 },
      high: { pass: 4, fail: 2, error: 0, muted: 1 },
      medium: { pass: 0, fail: 1, error: 1, muted: 0 },
      low: { pass: 0, fail: 0, error: 0, muted: 0 },
      informational: { pass: 0, fail: 0, error: 0, muted: 0 },
    })
    expect(Object.fromEntries(t.failuresByService)).toEqual({ s3: 1, ec2: 1, iam: 1, kms: 1, lambda: 1 })
    expect(Object.fromEntries(t.byAccount)).toEqual({
      '111111111111': { pass: 4, fail: 3, error: 1, muted: 0 },
      '222222222222': { pass: 1, fail: 2, error: 0, muted: 1 },
    })
  })
})

describe('CLIENT_JS', () => {
  it('is valid script syntax with nothing a template literal would have interpolated', () => {
    expect(() => new Script(CLIENT_JS)).not.toThrow()
    expect(CLIENT_JS).not.toMatch(/`|\$\{/)
  })

  it('checks the packed-data version the renderer writes', () => {
    expect(CLIENT_JS).toContain(`d.version !== ${PACKED_VERSION}`)
  })
})
