/** A problem in the config file, located precisely enough to fix it. */
export interface ConfigIssue {
  file: string
  line: number | null
  /** Dotted path of the offending field, e.g. 'suppressions[2].reason'. */
  path: string
  message: string
}

/** Formats an issue as `file:line: path: message`. */
export function formatIssue(i: ConfigIssue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''}: ${i.path}: ${i.message}`
}
