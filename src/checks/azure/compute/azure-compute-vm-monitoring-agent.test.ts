import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-monitoring-agent.js'
import { unknown } from '../../../core/unknown.js'
import type { VmExtension } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { vmFixture } from '../../_shared/azure-compute-fixtures.js'

const ext = (type: string, provisioningState = 'Succeeded', publisher = 'Microsoft.Azure.Monitor'): VmExtension => ({
  name: type,
  publisher,
  type,
  typeHandlerVersion: '1.0',
  provisioningState,
  enableAutomaticUpgrade: true,
})

describe(check.id, () => {
  it.each([
    { name: 'Linux agent succeeded', extensions: [ext('AzureMonitorLinuxAgent')], expected: 'pass' },
    { name: 'Windows agent succeeded', extensions: [ext('AzureMonitorWindowsAgent')], expected: 'pass' },
    { name: 'no extensions', extensions: [], expected: 'fail' },
    {
      name: 'legacy Log Analytics agent only',
      extensions: [ext('OmsAgentForLinux', 'Succeeded', 'Microsoft.EnterpriseCloud.Monitoring')],
      expected: 'fail',
    },
    { name: 'agent failed to provision', extensions: [ext('AzureMonitorLinuxAgent', 'Failed')], expected: 'fail' },
    { name: 'extensions not collected', extensions: unknown('compute:virtualMachineExtensions.list: AuthorizationFailed'), expected: 'error' },
  ])('$name → $expected', ({ extensions, expected }) => {
    expect(runCheck(check, vmFixture({ extensions })).status).toBe(expected)
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
