import type { Report } from './model.js'

/** The JSON report, pretty-printed with a trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
