/**
 * Audit evidence bundle for one framework: a directory an auditor can read without Posture, with the report, the
 * scores, per requirement the resources evaluated with their status, what each check verifies, and a manifest of
 * SHA-256 digests so tampering is detectable.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { PostureError } from '../../core/errors.js'
import { VERSION } from '../../core/version.js'
import { requirementEvidence } from '../../score/evidence.js'
import { csvTable, renderRequirementsCsv } from '../../report/formats/csv.js'
import { renderHtml } from '../../report/html/index.js'
import { renderJson } from '../../report/json.js'
import type { RenderInput } from '../../report/render-input.js'
import { writeOutputFile } from '../output-file.js'

/** The bundle's files (name → content), built in memory so tests can inspect them without a disk. */
export function evidenceBundleFiles(input: RenderInput, frameworkId: string, generatedAt = new Date().toISOString()): Map<string, string> {
  const fw = input.compliance?.frameworks.find((f) => f.framework.id === frameworkId)
  if (!fw) throw new Error(`framework ${frameworkId} was not scored`)
  const { report } = input
  const evidence = requirementEvidence(fw, report.findings)
  const evaluatedAt = report.scan.finishedAt
  const evidenceRows = evidence.flatMap((r) =>
    r.evidence.length === 0
      ? [
          [
            r.id,
            r.title,
            r.status,
            '',
            '',
            '',
            '',
            '',
            '',
            r.status === 'manual' ? 'manual: needs a person' : r.checks.length ? 'no finding in scope' : 'no check maps this requirement',
            '',
            evaluatedAt,
          ],
        ]
      : r.evidence.map((e) => [
          r.id,
          r.title,
          r.status,
          e.checkId,
          e.status,
          e.resourceUid,
          e.resourceType,
          e.account,
          e.region,
          e.message,
          e.muted ? `${e.muted.suppressionId}: ${e.muted.reason} (${e.muted.owner})` : '',
          evaluatedAt,
        ]),
  )
  const mapped = new Set(fw.requirements.flatMap((r) => r.checks))
  const checks = [...mapped].sort().map((id) => {
    const meta = input.checks.get(id)
    return {
      id,
      title: meta?.title ?? null,
      severity: meta?.severity ?? null,
      resourceType: meta?.resourceType ?? null,
      verifies: meta
        ? `Passes when: ${meta.title}. Evaluated on every ${meta.resourceType} resource in scope; fails otherwise; error when the data could not be collected.`
        : 'Check not run in this scan.',
      rationale: meta?.rationale ?? null,
      requirements: fw.requirements.filter((r) => r.checks.includes(id)).map((r) => r.id),
    }
  })
  const s = fw.summary
  const files = new Map<string, string>([
    [
      'README.md',
      [
        `# ${fw.framework.name} ${fw.framework.version}: evidence`,
        '',
        `Scan \`${report.scan.id}\` of account(s) ${report.scan.accounts.join(', ')}, regions ${report.scan.regions.join(', ') || '-'}, finished ${evaluatedAt}. Bundle generated ${generatedAt} by Posture ${VERSION}.`,
        '',
        `Score ${s.score === null ? 'n/a' : `${s.score}%`}: ${s.passed} passed, ${s.failed} failed, ${s.undetermined} undetermined, ${s.noData} without data, ${s.manual} manual, ${s.unmapped} unmapped of ${s.total} requirements.`,
        '',
        'A requirement passes when every finding of its checks passes on every resource in scope, fails when any unmuted finding fails, and is undetermined when data was missing (an error) and nothing failed. Score = passed / (passed + failed). Manual requirements need a person; unmapped ones have no automated check yet. Neither is counted as passed.',
        '',
        '| File | Contents |',
        '|---|---|',
        '| `report.html` | The whole scan as a self-contained HTML report (open offline; print to PDF) |',
        '| `report.json` | The JSON report (schema/report.schema.json) |',
        "| `compliance.json` | The framework's scores by section, account and region, and each requirement with the findings behind it |",
        '| `requirements.csv` | One row per requirement: status and counts |',
        '| `evidence.csv` | One row per requirement and evaluated resource: check, status, message, suppression, evaluation time |',
        '| `checks.json` | What each mapped check verifies, and why |',
        '| `manifest.json` | SHA-256 and size of every file above |',
        '',
      ].join('\n'),
    ],
    ['report.html', renderHtml(input)],
    ['report.json', renderJson(report)],
    [
      'compliance.json',
      `${JSON.stringify({ scanId: report.scan.id, evaluatedAt, framework: fw.framework, summary: fw.summary, sections: fw.sections, accounts: fw.accounts, regions: fw.regions, requirements: evidence }, null, 2)}\n`,
    ],
    ['requirements.csv', renderRequirementsCsv(input, frameworkId)],
    [
      'evidence.csv',
      csvTable([
        [
          'requirement',
          'requirement_title',
          'requirement_status',
          'check_id',
          'finding_status',
          'resource_uid',
          'resource_type',
          'account',
          'region',
          'message',
          'suppression',
          'evaluated_at',
        ],
        ...evidenceRows,
      ]),
    ],
    ['checks.json', `${JSON.stringify(checks, null, 2)}\n`],
  ])
  const manifest = {
    tool: { name: 'posture', version: VERSION },
    framework: { id: fw.framework.id, version: fw.framework.version },
    scanId: report.scan.id,
    generatedAt,
    files: [...files].map(([name, content]) => ({
      name,
      bytes: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
    })),
  }
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`)
  return files
}

/** Writes the bundle into `dir` (created; must be empty so no earlier evidence is overwritten); returns the file names. */
export function writeEvidenceBundle(dir: string, input: RenderInput, frameworkId: string): string[] {
  let existing: string[] = []
  try {
    existing = readdirSync(dir)
  } catch {
    // Missing: created below.
  }
  if (existing.length > 0) {
    throw new PostureError(
      'POSTURE_ERR_OUTPUT',
      `Evidence directory ${dir} is not empty`,
      'Give a new or empty directory, so earlier evidence is never overwritten.',
    )
  }
  try {
    mkdirSync(dir, { recursive: true })
  } catch (err) {
    throw new PostureError('POSTURE_ERR_OUTPUT', `Cannot create ${dir}: ${(err as Error).message}`, 'Check the path and its permissions.', {
      cause: err,
    })
  }
  const files = evidenceBundleFiles(input, frameworkId)
  for (const [name, content] of files) writeOutputFile(join(dir, name), content)
  return [...files.keys()]
}
