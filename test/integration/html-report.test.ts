/**
 * The HTML report in a real browser (system Chromium driven by playwright-core): it opens offline from file://,
 * makes no other request, logs no error, and its summary, filters, detail pane, framework view and print layout show
 * what the report says; then the 100,000-finding report opens and renders its first page.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../../src/report/html/index.js'
import type { RenderInput } from '../../src/report/render-input.js'
import { sampleRenderInput, syntheticRenderInput } from '../../src/report/render-testing.js'

/** Documented bound (docs/html-report.md) for the 100,000-finding report; measured 1.6 MB. */
const MAX_100K_BYTES = 5 * 1024 * 1024
const BIG = 100_000

/** POSTURE_CHROMIUM when set (and then only it), else the usual Debian/Ubuntu paths. */
function findChromium(): string | undefined {
  const candidates = process.env.POSTURE_CHROMIUM ? [process.env.POSTURE_CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((p) => existsSync(p))
}

const executablePath = findChromium()
const NO_CHROMIUM = process.env.POSTURE_CHROMIUM
  ? `POSTURE_CHROMIUM=${process.env.POSTURE_CHROMIUM} does not exist`
  : 'No Chromium found (set POSTURE_CHROMIUM, or install /usr/bin/chromium or /usr/bin/chromium-browser)'

if (!executablePath) {
  if (process.env.CI) {
    describe('HTML report in Chromium', () => {
      it('needs a Chromium binary in CI', () => {
        throw new Error(`${NO_CHROMIUM}: the HTML report browser test cannot run.`)
      })
    })
  } else {
    console.warn(`${NO_CHROMIUM}; skipping the HTML report browser test.`)
  }
}

/** A page with everything that must not happen recorded: console errors, page errors, dialogs, other requests. */
interface Watched {
  page: Page
  url: string
  problems: string[]
  requests: string[]
  dialogs: string[]
}

describe.skipIf(!executablePath)('HTML report in Chromium', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath! })
    dir = mkdtempSync(join(tmpdir(), 'posture-html-'))
  })
  afterAll(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  /** Opens the report from file:// and waits for its script to finish (`state`); `initScript` runs before the page's. */
  async function open(name: string, html: string, initScript?: string, state = 'ready'): Promise<Watched & { readyMs: number }> {
    const file = join(dir, name)
    writeFileSync(file, html)
    const url = pathToFileURL(file).href
    const context = await browser.newContext()
    if (initScript) await context.addInitScript(initScript)
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    const w: Watched = { page, url, problems: [], requests: [], dialogs: [] }
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') w.problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => w.problems.push(`page error: ${e.message}`))
    page.on('dialog', (d) => {
      w.dialogs.push(d.message())
      void d.dismiss()
    })
    context.on('request', (r) => w.requests.push(r.url()))
    const started = Date.now()
    await page.goto(url)
    await page.waitForSelector(`body[data-state="${state}"]`, { timeout: 60_000 })
    return { ...w, readyMs: Date.now() - started }
  }

  function expectClean(w: Watched): void {
    expect(w.problems).toEqual([])
    expect(w.dialogs).toEqual([])
    expect(w.requests).toEqual([w.url])
  }

  const texts = (page: Page, selector: string): Promise<string[]> => page.locator(selector).allTextContents()
  const attributes = async (list: Locator, name: string): Promise<(string | null)[]> =>
    Promise.all(Array.from({ length: await list.count() }, (_, i) => list.nth(i).getAttribute(name)))

  describe('sample report', () => {
    let input: RenderInput
    let w: Watched

    beforeAll(async () => {
      input = await sampleRenderInput()
      w = await open('sample.html', renderHtml(input))
    })
    afterAll(async () => {
      await w?.page.context().close()
    })

    it('shows the summary totals of the report', async () => {
      const { page } = w
      const s = input.report.summary
      const card = (key: string) => page.locator(`[data-total="${key}"] .value`).textContent()
      expect(await card('total')).toBe(String(s.total))
      expect(await card('fail')).toBe(String(s.byStatus.fail))
      expect(await card('error')).toBe(String(s.byStatus.error))
      expect(await card('pass')).toBe(String(s.byStatus.pass))
      expect(await card('muted')).toBe(String(s.muted))
      expect(await card('score')).toBe(`${input.compliance!.posture.score}%`)
      expect(await page.locator('#collection-errors tbody tr').count()).toBe(input.report.errors.length)
      expect(await page.locator('#summary').isVisible()).toBe(true)
      expectClean(w)
    })

    it('filters to status fail: exactly the unmuted failures', async () => {
      const { page } = w
      await page.click('#tab-findings')
      expect(await page.locator('#findings-body tr').count()).toBe(input.report.findings.length)
      await page.selectOption('#f-status', 'fail')
      const expected = input.report.findings.filter((f) => f.status === 'fail' && !f.muted)
      expect(expected).toHaveLength(5)
      expect(await texts(page, '#findings-body tr .check-id')).toEqual(expected.map((f) => f.checkId))
      expect(await texts(page, '#findings-body tr .res-name')).toEqual(expected.map((f) => f.resource.name))
      expect(await page.locator('#findings-count').textContent()).toBe(`Showing 1–5 of 5 findings (filtered from ${input.report.findings.length})`)

      await page.selectOption('#f-status', 'muted')
      expect(await texts(page, '#findings-body tr .res-name')).toEqual(['static-site'])
      expectClean(w)
    })

    it('searches, and sorts by a column', async () => {
      const { page } = w
      await page.click('#f-reset')
      await page.fill('#f-q', 'BASTION')
      await expect.poll(() => page.locator('#findings-body tr').count()).toBe(2)
      expect(await texts(page, '#findings-body tr .check-id')).toEqual(['aws-ec2-sg-no-ssh-from-internet', 'aws-ec2-sg-no-rdp-from-internet'])

      await page.click('#f-reset')
      await page.click('#findings-table button[data-sort="account"]')
      await page.click('#findings-table button[data-sort="account"]')
      const accounts = await texts(page, '#findings-body tr td:nth-child(5)')
      expect(accounts[0]).toBe('222222222222')
      expect(accounts.at(-1)).toBe('111111111111')
      expect(await page.locator('#findings-table th[aria-sort="descending"]').textContent()).toBe('Account')
      await page.click('#f-reset')
    })

    it('opens a finding: remediation steps, CLI in <pre>, references; a <script> name stays text', async () => {
      const { page } = w
      const name = '<script>alert(1)</script>'
      const finding = input.report.findings.find((f) => f.resource.name === name)!
      const row = page.locator('#findings-body tr').filter({ has: page.locator('.res-name', { hasText: name }) })
      expect(await row.count()).toBe(1)
      expect(await row.locator('.res-name').textContent()).toBe(name)
      await row.click()
      const detail = page.locator('#detail')
      await detail.waitFor({ state: 'visible' })
      expect(await detail.locator('#detail-title').textContent()).toBe(finding.title)
      expect(await detail.locator('.message').textContent()).toBe(finding.message)
      expect(await texts(page, '#detail .remediation-steps li')).toEqual(finding.remediation.steps)
      expect(await detail.locator('pre.cli').textContent()).toBe(finding.remediation.cli)
      expect(await detail.locator('pre.terraform').textContent()).toBe(finding.remediation.terraform)
      const links = detail.locator('ul.references a')
      expect(await attributes(links, 'href')).toEqual(finding.remediation.references)
      expect(await attributes(links, 'rel')).toEqual(finding.remediation.references.map(() => 'noopener noreferrer'))
      expect(await detail.locator('.resource dd').allTextContents()).toEqual([
        name,
        finding.resource.uid,
        finding.resource.type,
        finding.resource.account,
        finding.resource.region,
        'aws',
      ])
      expect(await texts(page, '#detail ul.compliance li')).toHaveLength(finding.compliance.length)
      // The name was never parsed as markup: still exactly our two script elements, and no dialog.
      expect(await page.locator('script').count()).toBe(2)
      await page.keyboard.press('Escape')
      await detail.waitFor({ state: 'hidden' })

      // A muted finding shows its suppression.
      await page.selectOption('#f-status', 'muted')
      await page.click('#findings-body tr')
      const muted = input.report.findings.find((f) => f.muted)!.muted!
      expect(await texts(page, '#detail .mute-box dd')).toEqual([
        muted.suppressionId,
        muted.reason,
        muted.owner,
        muted.expiresAt!,
        'fail (accepted risk, not counted as open)',
      ])
      await page.click('#detail-close')
      await page.click('#f-reset')
      expectClean(w)
    })

    it("shows cis-aws: its score, and a requirement's evidence per resource", async () => {
      const { page } = w
      const cis = input.compliance!.frameworks.find((f) => f.framework.id === 'cis-aws')!
      await page.click('#tab-frameworks')
      await page.selectOption('#fw-select', 'cis-aws')
      expect(await page.locator('#fw-score').textContent()).toBe(`${cis.summary.score}%`)
      expect(await page.locator('#fw-reqs details.req').count()).toBe(cis.requirements.length)

      const req = cis.requirements.find((r) => r.id === '3.1.4')!
      expect(req.status).toBe('fail')
      const details = page.locator('#fw-reqs details.req[data-req="3.1.4"]')
      expect(await details.locator('.badge').first().textContent()).toBe('fail')
      await details.locator('summary').click()
      const evidence = input.report.findings.filter((f) => req.checks.includes(f.checkId))
      const rows = details.locator('.evidence-table tbody tr')
      // Evidence is built on the <details> toggle event, which the browser dispatches as a task after the click.
      await expect.poll(() => rows.count()).toBe(evidence.length)
      // Open failures first, then muted, then passes.
      expect(await rows.locator('td:first-child .badge').allTextContents()).toEqual(['fail', 'muted', 'pass'])
      expect(await rows.locator('.res-name').allTextContents()).toEqual(['<script>alert(1)</script>', 'static-site', 'logs,archive'])

      await page.selectOption('#fw-req-status', 'fail')
      expect(await page.locator('#fw-reqs details.req').count()).toBe(cis.requirements.filter((r) => r.status === 'fail').length)
      expectClean(w)
    })

    it('opens the findings a chart bar counts', async () => {
      const { page } = w
      await page.click('#tab-summary')
      await page.click('#chart-services [data-filter-service="iam"]')
      expect(await page.locator('#findings').isVisible()).toBe(true)
      expect(await page.locator('#f-service').inputValue()).toBe('iam')
      expect(await page.locator('#f-status').inputValue()).toBe('fail')
      expect(await texts(page, '#findings-body tr .check-id')).toEqual(['aws-iam-root-mfa-enabled'])
      await page.click('#tab-summary')
      await page.click('#chart-severity [data-filter-severity="critical"]')
      expect(await page.locator('#f-status').inputValue()).toBe('')
      expect(await page.locator('#findings-body tr').count()).toBe(input.report.findings.filter((f) => f.severity === 'critical').length)
      await page.click('#f-reset')
      expectClean(w)
    })

    it('prints the summary and the open failures, without the interactive views', async () => {
      const { page } = w
      await page.emulateMedia({ media: 'print' })
      try {
        expect(await page.locator('#summary').isVisible()).toBe(true)
        expect(await page.locator('#framework-scores').isVisible()).toBe(true)
        expect(await page.locator('nav.tabs').isVisible()).toBe(false)
        expect(await page.locator('#frameworks').isVisible()).toBe(false)
        expect(await page.locator('#findings').isVisible()).toBe(false)
        const printed = page.locator('#print-failures tbody tr')
        expect(await printed.count()).toBe(input.report.summary.byStatus.fail)
        expect(await page.locator('#print-failures h2').textContent()).toBe(`Open failures (${input.report.summary.byStatus.fail})`)
        const pdf = await page.pdf({ format: 'A4' })
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      } finally {
        await page.emulateMedia({ media: 'screen' })
      }
      expectClean(w)
    })
  })

  describe('older browsers', () => {
    it('decodes with atob where Uint8Array.fromBase64 is missing (Firefox, Safari)', async () => {
      const input = await sampleRenderInput()
      const w = await open('no-frombase64.html', renderHtml(input), 'delete Uint8Array.fromBase64')
      try {
        await w.page.click('#tab-findings')
        expect(await w.page.locator('#findings-body tr').count()).toBe(input.report.findings.length)
        expectClean(w)
      } finally {
        await w.page.context().close()
      }
    })

    it('says what is missing where DecompressionStream is not there, and keeps the summary', async () => {
      const input = await sampleRenderInput()
      const w = await open('no-decompression.html', renderHtml(input), 'delete globalThis.DecompressionStream', 'error')
      try {
        expect(await w.page.locator('[data-total="fail"] .value').textContent()).toBe('5')
        await w.page.click('#tab-findings')
        expect(await w.page.locator('#findings-loading').textContent()).toContain(
          'it lacks DecompressionStream (Chromium 80+, Firefox 113+, Safari 16.4+)',
        )
        expectClean(w)
      } finally {
        await w.page.context().close()
      }
    })
  })

  it(`opens the ${BIG.toLocaleString('en-US')}-finding report and renders its first page`, async () => {
    const built = Date.now()
    const input = await syntheticRenderInput(BIG)
    const inputMs = Date.now() - built
    const rendering = Date.now()
    const html = renderHtml(input)
    const renderMs = Date.now() - rendering
    const w = await open('big.html', html)
    try {
      const size = statSync(join(dir, 'big.html')).size
      expect(size).toBeLessThan(MAX_100K_BYTES)
      const { page } = w
      expect(await page.locator('[data-total="total"] .value').textContent()).toBe('100,000')
      await page.click('#tab-findings')
      await page.locator('#findings-body tr').nth(99).waitFor({ timeout: 60_000 })
      expect(await page.locator('#findings-body tr').count()).toBe(100)
      const inPageMs = Number(await page.getAttribute('body', 'data-ready-ms'))
      await page.selectOption('#f-status', 'fail')
      expect(await page.locator('#findings-count').textContent()).toBe(
        `Showing 1–100 of ${input.report.summary.byStatus.fail.toLocaleString('en-US')} findings (filtered from 100,000)`,
      )
      console.log(
        `HTML report, ${BIG} findings: ${(size / 1024 / 1024).toFixed(2)} MB; input built in ${inputMs} ms, rendered in ${renderMs} ms; ` +
          `Chromium ready with page 1 rendered ${w.readyMs} ms after navigation (${inPageMs} ms by the page's clock)`,
      )
      expectClean(w)
    } finally {
      await w.page.context().close()
    }
  })
})
