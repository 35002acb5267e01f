import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-notebook-kms-key.js'
import { notebook } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeNotebookInstance: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof notebook>[0]; expected: string }[] = [
    { name: 'customer-managed key', attrs: {}, expected: 'pass' },
    { name: 'no KMS key', attrs: { kmsKeyId: null }, expected: 'fail' },
    { name: 'notebook not described', attrs: { kmsKeyId: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, notebook(attrs)).status).toBe(expected)
  })
})
