import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-notebook-in-vpc.js'
import { notebook } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeNotebookInstance: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof notebook>[0]; expected: string }[] = [
    { name: 'in a subnet', attrs: {}, expected: 'pass' },
    { name: 'no subnet', attrs: { subnetId: null }, expected: 'fail' },
    { name: 'notebook not described', attrs: { subnetId: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, notebook(attrs)).status).toBe(expected)
  })
})
