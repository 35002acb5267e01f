/**
 * Reports benchmark (`npx tsx bench/reports.ts`, also part of `npm run bench`): 100,000 synthetic findings over every
 * AWS check, scored against every framework and rendered in every file format. Runs in its own process so peak RSS is
 * its own; writes its section of docs/benchmarks.md.
 */
import { pathToFileURL } from 'node:url'
import { FRAMEWORKS } from '../src/frameworks/index.js'
import { scoreCompliance } from '../src/score/score.js'
import { renderReport } from '../src/report/render.js'
import { REPORT_FORMATS } from '../src/report/render-input.js'
import { syntheticRenderInput } from '../src/report/render-testing.js'
import { machineLine, writeDocSection } from './machine.js'

const START = '<!-- bench/reports.ts: start -->'
const END = '<!-- bench/reports.ts: end -->'
const FINDINGS = 100_000

/** What the reports phase measured. */
export interface ReportFigures {
  findings: number
  scoreMs: number
  formats: { format: string; ms: number; bytes: number }[]
  peakRssMiB: number
}

/** Scores and renders `n` synthetic findings in every file format. */
export async function phaseReports(n = FINDINGS): Promise<ReportFigures> {
  const input = await syntheticRenderInput(n)
  let t = performance.now()
  scoreCompliance(input.report.scan, input.report.findings, FRAMEWORKS, input.report.scan.finishedAt)
  const scoreMs = performance.now() - t
  const formats: ReportFigures['formats'] = []
  for (const format of REPORT_FORMATS.filter((f) => f !== 'table')) {
    t = performance.now()
    const out = renderReport(format, input)
    formats.push({ format, ms: performance.now() - t, bytes: Buffer.byteLength(out) })
  }
  return { findings: n, scoreMs, formats, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** The reports section of docs/benchmarks.md. */
export function reportsSection(r: ReportFigures): string {
  return [
    START,
    '## Reports: scoring and rendering 100,000 findings',
    '',
    `Produced by \`npx tsx bench/reports.ts\` (also part of \`npm run bench\`). Machine: ${machineLine()}.`,
    '',
    `${r.findings.toLocaleString('en')} synthetic findings over every AWS check, 5 accounts and 4 regions (about 30 % fail, 3 % error, 2 % muted), from \`syntheticRenderInput\`. Scoring all ${FRAMEWORKS.length} frameworks (verdicts, sections, accounts, regions, posture score): **${(r.scoreMs / 1000).toFixed(2)} s**. Peak RSS of the whole phase: ${r.peakRssMiB} MiB.`,
    '',
    '| Format | Render time | Size |',
    '| --- | --- | --- |',
    ...r.formats.map((f) => `| ${f.format} | ${(f.ms / 1000).toFixed(1)} s | ${mb(f.bytes)} |`),
    '',
    "The HTML report packs the findings (each check, resource and message once; columns of indices), gzips and embeds them, so it stays a few MB where the pretty-printed JSON report is over 200 MB (every finding repeats its remediation and compliance references); see [html-report.md](html-report.md). OCSF and ASFF carry the full context per finding (~3 KB each), so beyond roughly 170,000 findings one OCSF or ASFF document (and beyond roughly 230,000 the JSON report) would pass V8's string limit: split such estates into per-account targets until those writers stream.",
    END,
  ].join('\n')
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  phaseReports().then(
    (r) => {
      const section = reportsSection(r)
      writeDocSection(START, END, section)
      console.log(`${section}\nwritten to docs/benchmarks.md`)
      process.exit(0)
    },
    (err: unknown) => {
      console.error(`bench/reports: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      process.exit(1)
    },
  )
}
