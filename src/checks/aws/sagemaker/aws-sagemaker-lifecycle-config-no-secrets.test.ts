import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-sagemaker-lifecycle-config-no-secrets.js'
import { lifecycleConfig } from './fixtures.js'
import { runCheck } from '../../_shared/testing.js'

describe(check.id, () => {
  const failed = unknown('sagemaker:DescribeNotebookInstanceLifecycleConfig: AccessDenied')
  const cases: { name: string; attrs: Parameters<typeof lifecycleConfig>[0]; expected: string }[] = [
    { name: 'no secrets', attrs: {}, expected: 'pass' },
    { name: 'token in OnStart', attrs: { scriptSecrets: [{ location: 'OnStart script line 3', kind: 'GitHub token' }] }, expected: 'fail' },
    { name: 'configuration not described', attrs: { scriptSecrets: failed }, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, lifecycleConfig(attrs)).status).toBe(expected)
  })
})
