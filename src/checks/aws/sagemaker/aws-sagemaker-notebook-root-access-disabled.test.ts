import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-notebook-root-access-disabled.js'
import { notebook } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeNotebookInstance: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof notebook>[0]; expected: string }[] = [
    { name: 'root access disabled', attrs: {}, expected: 'pass' },
    { name: 'root access enabled (default)', attrs: { rootAccess: true }, expected: 'fail' },
    { name: 'notebook not described', attrs: { rootAccess: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, notebook(attrs)).status).toBe(expected)
  })
})
