import { describe, expect, it } from 'vitest'
import check from './azure-compute-vm-managed-disks.js'
import type { VmDisk } from '../../../normalize/azure/types-compute.js'
import { runCheck, statusesWhenListFails } from '../../_shared/testing.js'
import { vmFixture } from '../../_shared/azure-compute-fixtures.js'

const vhd = (name: string): VmDisk => ({
  name,
  managed: false,
  managedDiskId: null,
  vhdUri: `https://stlegacy.blob.core.windows.net/vhds/${name}.vhd`,
  ephemeral: null,
})

describe(check.id, () => {
  it.each([
    { name: 'managed OS disk', attrs: {}, expected: 'pass' },
    {
      name: 'ephemeral OS disk',
      attrs: { osDisk: { name: 'os', managed: true, managedDiskId: null, vhdUri: null, ephemeral: 'CacheDisk' } },
      expected: 'pass',
    },
    { name: 'unmanaged OS disk', attrs: { osDisk: vhd('legacy-os') }, expected: 'fail' },
    { name: 'unmanaged data disk', attrs: { dataDisks: [vhd('legacy-data')] }, expected: 'fail' },
  ])('$name → $expected', ({ attrs, expected }) => {
    expect(runCheck(check, vmFixture(attrs)).status).toBe(expected)
  })

  it('names the unmanaged disks', () => {
    expect(runCheck(check, vmFixture({ dataDisks: [vhd('legacy-data')] })).message).toBe('VM vm-web uses unmanaged VHD disk(s) legacy-data.')
  })

  it('is ERROR when the VM list failed', () => {
    expect(statusesWhenListFails(check)).toEqual(['error'])
  })
})
