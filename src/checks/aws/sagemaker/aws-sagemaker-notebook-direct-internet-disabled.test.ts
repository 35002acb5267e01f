import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-notebook-direct-internet-disabled.js'
import { notebook } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeNotebookInstance: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof notebook>[0]; expected: string }[] = [
    { name: 'direct internet access disabled', attrs: {}, expected: 'pass' },
    { name: 'direct internet access enabled (default)', attrs: { directInternetAccess: true }, expected: 'fail' },
    { name: 'notebook not described', attrs: { directInternetAccess: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, notebook(attrs)).status).toBe(expected)
  })
})
