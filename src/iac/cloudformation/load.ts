/**
 * A CloudFormation template as IaC resources: Properties resolved through the intrinsic functions, resources whose
 * Condition is false left out, inline `Metadata: posture: ignore:` suppressions attached.
 */
import { isUnknown } from '../../core/unknown.js'
import type { IacProblem, IacResource } from '../model.js'
import { createContext, isResourceCreated, type ContextOptions } from './context.js'
import { resolveValue } from './intrinsics.js'
import { parseTemplate } from './parse.js'
import type { TemplateError } from './types.js'

/** Resources and problems of one template file. */
export interface TemplateLoad {
  resources: IacResource[]
  problems: IacProblem[]
}

function problemOf(e: TemplateError, severity: IacProblem['severity']): IacProblem {
  return { file: e.file, line: e.line, column: e.column, message: e.logicalId ? `${e.logicalId}: ${e.message}` : e.message, severity }
}

/** Parses and resolves one template; `file` is the path findings show. Never throws. */
export function loadTemplate(text: string, file: string, options: ContextOptions = {}): TemplateLoad {
  const parsed = parseTemplate(text, file)
  if (!parsed.ok) return { resources: [], problems: parsed.errors.map((e) => problemOf(e, 'error')) }
  const { template } = parsed
  const ctx = createContext(template, options)
  const resources: IacResource[] = []
  for (const r of template.resources) {
    // A resource whose condition is unknown may be created: it is checked, as a reviewer would.
    const created = isResourceCreated(r, ctx)
    if (!isUnknown(created) && !created) continue
    const values = resolveValue(r.properties, ctx)
    resources.push({
      language: 'cloudformation',
      type: r.type,
      address: r.logicalId,
      unit: file,
      values:
        typeof values === 'object' && values !== null && !Array.isArray(values) && !isUnknown(values) ? (values as Record<string, unknown>) : {},
      location: r.location,
      suppressions: r.suppressions,
      ...(options.region ? { region: options.region } : {}),
      ...(options.accountId ? { account: options.accountId } : {}),
    })
  }
  return { resources, problems: template.problems.map((e) => problemOf(e, 'notice')) }
}
