import { describe, expect, it } from 'vitest'
import { normalizeAzureCompute } from './compute.js'
import type { AzureComputeRaw } from '../../collect/azure/compute.js'
import type { DiskAttributes, VmAttributes } from './types-compute.js'
import type { Resource } from '../../core/resource.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const rg = `/subscriptions/${SUB}/resourceGroups/rg-app/providers`

describe('normalizeAzureCompute', () => {
  it('applies the documented defaults of an unhardened VM and keeps a failed extension list Unknown', () => {
    const raw: AzureComputeRaw = {
      vms: [
        {
          vm: {
            id: `${rg}/Microsoft.Compute/virtualMachines/vm-a`,
            name: 'vm-a',
            location: 'eastus',
            storageProfile: {
              osDisk: {
                name: 'os',
                createOption: 'FromImage',
                osType: 'Linux',
                diffDiskSettings: { option: 'Local', placement: 'ResourceDisk' },
                managedDisk: { storageAccountType: 'Standard_LRS' },
              },
              dataDisks: [{ lun: 0, name: 'old', createOption: 'Attach', vhd: { uri: 'https://st.blob.core.windows.net/vhds/old.vhd' } }],
            },
            networkProfile: { networkInterfaces: [{ id: `${rg}/Microsoft.Network/networkInterfaces/nic-a` }] },
          },
          extensions: { ok: false, reason: 'AuthorizationFailed (HTTP 403)', code: 'AuthorizationFailed' },
        },
      ],
      disks: [],
    }
    const [vm] = normalizeAzureCompute(raw, { subscription: SUB }) as Resource<VmAttributes>[]
    expect(vm!.attributes).toMatchObject({
      osType: 'Linux',
      encryptionAtHost: false,
      securityType: 'Standard',
      secureBootEnabled: false,
      vTpmEnabled: false,
      osDisk: { name: 'os', managed: true, managedDiskId: null, vhdUri: null, ephemeral: 'ResourceDisk' },
      dataDisks: [{ name: 'old', managed: false, vhdUri: 'https://st.blob.core.windows.net/vhds/old.vhd' }],
      extensions: { $unknown: 'compute:virtualMachineExtensions.list: AuthorizationFailed (HTTP 403)' },
    })
    // Ephemeral and unmanaged disks have no disk resource to relate to.
    expect(vm!.relations).toEqual([{ kind: 'uses-nic', target: `${rg}/Microsoft.Network/networkInterfaces/nic-a`.toLowerCase() }])
  })

  it('reads extension types from the flattened SDK field', () => {
    const [vm] = normalizeAzureCompute(
      {
        vms: [
          {
            vm: { id: `${rg}/Microsoft.Compute/virtualMachines/vm-b`, location: 'eastus' },
            extensions: {
              ok: true,
              value: [
                {
                  name: 'ama',
                  location: 'eastus',
                  publisher: 'Microsoft.Azure.Monitor',
                  typePropertiesType: 'AzureMonitorLinuxAgent',
                  provisioningState: 'Succeeded',
                },
              ],
            },
          },
        ],
        disks: [],
      },
      { subscription: SUB },
    ) as Resource<VmAttributes>[]
    expect(vm!.name).toBe('vm-b')
    expect(vm!.attributes.extensions).toEqual([
      {
        name: 'ama',
        publisher: 'Microsoft.Azure.Monitor',
        type: 'AzureMonitorLinuxAgent',
        typeHandlerVersion: null,
        provisioningState: 'Succeeded',
        enableAutomaticUpgrade: false,
      },
    ])
  })

  it('applies the documented disk defaults and relates an attached disk to its VM and encryption set', () => {
    const [bare, cmk] = normalizeAzureCompute(
      {
        vms: [],
        disks: [
          { id: `${rg}/Microsoft.Compute/disks/d1`, location: 'eastus' },
          {
            id: `${rg}/Microsoft.Compute/disks/d2`,
            location: 'eastus',
            managedBy: `${rg}/Microsoft.Compute/virtualMachines/vm-a`,
            encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: `${rg}/Microsoft.Compute/diskEncryptionSets/des` },
            encryptionSettingsCollection: { enabled: true },
          },
        ],
      },
      { subscription: SUB },
    ) as Resource<DiskAttributes>[]
    expect(bare!.attributes).toMatchObject({
      encryptionType: 'EncryptionAtRestWithPlatformKey',
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      managedBy: null,
      azureDiskEncryption: false,
    })
    expect(bare!.relations).toEqual([])
    expect(cmk!.attributes).toMatchObject({ encryptionType: 'EncryptionAtRestWithCustomerKey', azureDiskEncryption: true })
    expect(cmk!.relations.map((r) => r.kind)).toEqual(['attached-to', 'encrypted-by'])
  })
})
