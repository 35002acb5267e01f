import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import type { EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import check from './aws-ecr-repository-scan-on-push.js'
import { runCheck } from '../../_shared/testing.js'
import { repo } from './repository-fixtures.js'

const rules = (frequency: string, ...filters: string[]) => [{ frequency, filters }]

describe(check.id, () => {
  const cases: { name: string; over: Partial<EcrRepositoryAttributes>; expected: string }[] = [
    { name: 'basic, repository scan on push', over: {}, expected: 'pass' },
    { name: 'basic, scan on push off', over: { scanOnPush: false }, expected: 'fail' },
    {
      name: 'basic, registry rule matches',
      over: { scanOnPush: false, registryScanning: { scanType: 'BASIC', rules: rules('SCAN_ON_PUSH', 'team/*') } },
      expected: 'pass',
    },
    {
      name: 'basic, registry rule for other repositories',
      over: { scanOnPush: false, registryScanning: { scanType: 'BASIC', rules: rules('SCAN_ON_PUSH', 'web-*') } },
      expected: 'fail',
    },
    {
      name: 'enhanced, continuous rule matches',
      over: { scanOnPush: false, registryScanning: { scanType: 'ENHANCED', rules: rules('CONTINUOUS_SCAN', '*') } },
      expected: 'pass',
    },
    {
      name: 'enhanced, no rule matches (repository flag ignored)',
      over: { registryScanning: { scanType: 'ENHANCED', rules: rules('SCAN_ON_PUSH', 'prod/*') } },
      expected: 'fail',
    },
    {
      name: 'registry configuration not collected',
      over: { registryScanning: unknown('ecr:GetRegistryScanningConfiguration: AccessDeniedException') },
      expected: 'error',
    },
  ]
  it.each(cases)('$name → $expected', ({ over, expected }) => {
    expect(runCheck(check, repo(over)).status).toBe(expected)
  })
})
