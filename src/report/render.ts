/** One entry point for every report format, so `posture scan` and `posture report` write the same bytes for a scan. */
import { renderAsff } from './formats/asff.js'
import { renderFindingsCsv } from './formats/csv.js'
import { renderJunit } from './formats/junit.js'
import { renderOcsf } from './formats/ocsf.js'
import { renderSarif } from './formats/sarif.js'
import { renderHtml } from './html/index.js'
import { renderJson } from './json.js'
import type { RenderInput, ReportFormat } from './render-input.js'
import { renderTable, type TableOptions } from './table.js'

/** Renders `input` in `format`; `table` takes the terminal options, the rest ignore them. */
export function renderReport(format: ReportFormat, input: RenderInput, table: TableOptions = { color: false }): string {
  switch (format) {
    case 'table':
      return renderTable(input.report, table)
    case 'json':
      return renderJson(input.report)
    case 'html':
      return renderHtml(input)
    case 'csv':
      return renderFindingsCsv(input)
    case 'sarif':
      return renderSarif(input)
    case 'ocsf':
      return renderOcsf(input)
    case 'asff':
      return renderAsff(input)
    case 'junit':
      return renderJunit(input)
  }
}

/** The usual file extension of each format, for bundle file names and hints. */
export const FORMAT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = {
  table: 'txt',
  json: 'json',
  html: 'html',
  csv: 'csv',
  sarif: 'sarif',
  ocsf: 'ocsf.json',
  asff: 'asff.json',
  junit: 'junit.xml',
}
