import { describe, expect, it } from 'vitest'
import type { Resource } from '../../core/resource.js'
import type { GkeClusterRaw } from '../../collect/gcp/gke.js'
import { normalizeGke, serviceAccountName } from './gke.js'
import type { GkeClusterAttributes } from './types-data.js'

const scope = { project: 'posture-test-project', projectNumber: '123456789012' }
const one = (raw: GkeClusterRaw) => normalizeGke({ clusters: [raw] }, scope)[0] as Resource<GkeClusterAttributes>

describe('normalizeGke', () => {
  it('a bare cluster: public nodes and endpoint, no Workload Identity, ABAC off, network from its name', () => {
    const r = one({ name: 'c1', location: 'us-central1-a', network: 'default' })
    expect(r.uid).toBe('//container.googleapis.com/projects/posture-test-project/locations/us-central1-a/clusters/c1')
    expect(r.attributes).toMatchObject({
      privateNodes: false,
      nodePools: [],
      publicEndpoint: true,
      ipEndpointsEnabled: true,
      legacyAbac: false,
      workloadPool: null,
      masterAuthorizedNetworks: { enabled: false, cidrBlocks: [], gcpPublicCidrsAccessEnabled: null },
      network: 'projects/posture-test-project/global/networks/default',
      subnetwork: null,
    })
  })

  it('private nodes from networkConfig.defaultEnablePrivateNodes, overridden per pool', () => {
    const r = one({
      name: 'c1',
      location: 'europe-west1',
      networkConfig: { defaultEnablePrivateNodes: true },
      nodePools: [{ name: 'a' }, { name: 'b', networkConfig: { enablePrivateNodes: false } }],
    })
    expect(r.attributes.privateNodes).toBe(true)
    expect(r.attributes.nodePools.map((p) => [p.name, p.privateNodes])).toEqual([
      ['a', true],
      ['b', false],
    ])
  })

  it('endpoints from the deprecated privateClusterConfig when controlPlaneEndpointsConfig is absent', () => {
    const r = one({ name: 'c1', location: 'europe-west1', privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } })
    expect(r.attributes).toMatchObject({ privateNodes: true, publicEndpoint: false, ipEndpointsEnabled: true })
  })

  it('DNS-only control plane, authorized networks in the new config', () => {
    const r = one({
      name: 'c1',
      location: 'europe-west1',
      controlPlaneEndpointsConfig: {
        ipEndpointsConfig: { enabled: false, authorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '10.0.0.0/8' }] } },
      },
    })
    expect(r.attributes).toMatchObject({
      publicEndpoint: false,
      ipEndpointsEnabled: false,
      masterAuthorizedNetworks: { enabled: true, cidrBlocks: ['10.0.0.0/8'] },
    })
  })

  it.each([
    ['default', '//iam.googleapis.com/projects/posture-test-project/serviceAccounts/123456789012-compute@developer.gserviceaccount.com'],
    ['nodes@shared-sa.iam.gserviceaccount.com', '//iam.googleapis.com/projects/shared-sa/serviceAccounts/nodes@shared-sa.iam.gserviceaccount.com'],
  ])('service account %s', (email, name) => {
    expect(serviceAccountName(email, scope)).toBe(name)
  })
})
