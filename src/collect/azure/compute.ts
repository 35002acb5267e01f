import { ComputeManagementClient, type Disk, type VirtualMachine, type VirtualMachineExtension } from '@azure/arm-compute'
import type { CallResult } from '../collector.js'
import type { AzureCollector } from './module.js'

export type { DataDisk, Disk, OSDisk, VirtualMachine, VirtualMachineExtension } from '@azure/arm-compute'

/** One VM and the result of listing its extensions. */
export interface AzureVmRaw {
  vm: VirtualMachine
  extensions: CallResult<VirtualMachineExtension[] | null>
}

/** Raw compute data of one subscription, as the SDK returns it; a list that failed is empty and recorded as a gap. */
export interface AzureComputeRaw {
  vms: AzureVmRaw[]
  disks: Disk[]
}

const VM = 'azure.compute.vm'
const DISK = 'azure.compute.disk'

/** Resource group and name of an ARM id (/subscriptions/s/resourceGroups/<rg>/providers/.../<name>). */
function rgAndName(id: string): { resourceGroup: string; name: string } | undefined {
  const m = /\/resourceGroups\/([^/]+)\/providers\/.+\/([^/]+)$/i.exec(id)
  return m ? { resourceGroup: m[1]!, name: m[2]! } : undefined
}

/**
 * Lists VMs (virtualMachines.listAll) and managed disks (disks.list) subscription-wide, then each VM's extensions
 * (virtualMachineExtensions.list): a failed extension list leaves only that VM's extensions Unknown.
 */
export const azureComputeCollector: AzureCollector<AzureComputeRaw> = {
  service: 'compute',
  scope: 'global',
  produces: [VM, DISK],
  async collect(ctx, session) {
    const client = session.client(ComputeManagementClient, ctx.account)
    const [vmList, diskList] = await Promise.all([
      ctx.paginate(
        'virtualMachines.listAll',
        (abortSignal) => client.virtualMachines.listAll({ abortSignal }).byPage(),
        (page) => page,
        {
          affects: [VM],
        },
      ),
      ctx.paginate(
        'disks.list',
        (abortSignal) => client.disks.list({ abortSignal }).byPage(),
        (page) => page,
        { affects: [DISK] },
      ),
    ])
    const vms = await Promise.all(
      (vmList.ok ? vmList.value : []).map(async (vm): Promise<AzureVmRaw> => {
        const uid = (vm.id ?? '').toLowerCase()
        const at = rgAndName(vm.id ?? '')
        if (!at) {
          const reason = `unparsable VM id ${vm.id}`
          ctx.recordError({ api: 'virtualMachineExtensions.list', reason, resourceTypes: [], resource: uid })
          return { vm, extensions: { ok: false, reason, code: 'InvalidId' } }
        }
        const extensions = await ctx.call(
          'virtualMachineExtensions.list',
          async (abortSignal) => (await client.virtualMachineExtensions.list(at.resourceGroup, at.name, { abortSignal })).value ?? [],
          { resource: uid },
        )
        return { vm, extensions }
      }),
    )
    return { vms, disks: diskList.ok ? diskList.value : [] }
  },
}
