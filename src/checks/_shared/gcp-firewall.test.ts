import { describe, expect, it } from 'vitest'
import {
  describeEntry,
  entryAllowsAllPorts,
  entryCoversPort,
  internetEntriesCovering,
  internetSources,
  isEnabledIngressAllow,
  portRange,
  protocolName,
} from './gcp-firewall.js'
import { firewallFixture } from './gcp-compute-fixtures.js'

describe('gcp-firewall helpers', () => {
  it('names protocols given as numbers', () => {
    expect(['6', '17', '1', '132', 'TCP', 'all', 'esp'].map(protocolName)).toEqual(['tcp', 'udp', 'icmp', 'sctp', 'tcp', 'all', 'esp'])
  })

  it('parses single ports and ranges, rejecting malformed ones', () => {
    expect(portRange('22')).toEqual([22, 22])
    expect(portRange('20-30')).toEqual([20, 30])
    expect(portRange(' 1 - 65535 ')).toEqual([1, 65535])
    expect(portRange('30-20')).toBeUndefined()
    expect(portRange('ssh')).toBeUndefined()
  })

  it('tells whether an entry covers a port', () => {
    expect(entryCoversPort({ protocol: 'tcp', ports: ['22'] }, 22)).toBe(true)
    expect(entryCoversPort({ protocol: 'tcp', ports: ['80', '10-30'] }, 22)).toBe(true)
    expect(entryCoversPort({ protocol: 'tcp', ports: [] }, 22)).toBe(true)
    expect(entryCoversPort({ protocol: '6', ports: ['22'] }, 22)).toBe(true)
    expect(entryCoversPort({ protocol: 'all', ports: [] }, 3389)).toBe(true)
    expect(entryCoversPort({ protocol: 'udp', ports: ['22'] }, 22)).toBe(false)
    expect(entryCoversPort({ protocol: 'udp', ports: ['3389'] }, 3389, 'udp')).toBe(true)
    expect(entryCoversPort({ protocol: 'tcp', ports: ['23-3388'] }, 22)).toBe(false)
    expect(entryCoversPort({ protocol: 'icmp', ports: [] }, 22)).toBe(false)
  })

  it('tells whether an entry opens every port', () => {
    expect(entryAllowsAllPorts({ protocol: 'all', ports: [] })).toBe(true)
    expect(entryAllowsAllPorts({ protocol: 'tcp', ports: [] })).toBe(true)
    expect(entryAllowsAllPorts({ protocol: 'udp', ports: ['0-65535'] })).toBe(true)
    expect(entryAllowsAllPorts({ protocol: 'sctp', ports: ['1-65535'] })).toBe(true)
    expect(entryAllowsAllPorts({ protocol: 'tcp', ports: ['1-1024'] })).toBe(false)
    expect(entryAllowsAllPorts({ protocol: 'icmp', ports: [] })).toBe(false)
    expect(entryAllowsAllPorts({ protocol: 'esp', ports: [] })).toBe(false)
  })

  it('only counts enabled ingress allow rules with an internet-wide source', () => {
    expect(isEnabledIngressAllow(firewallFixture().attributes)).toBe(true)
    expect(internetSources(firewallFixture({ sourceRanges: ['10.0.0.0/8', '::/0', '0.0.0.0/0'] }).attributes)).toEqual(['::/0', '0.0.0.0/0'])
    expect(internetSources(firewallFixture({ disabled: true }).attributes)).toEqual([])
    expect(internetSources(firewallFixture({ direction: 'EGRESS' }).attributes)).toEqual([])
    expect(internetSources(firewallFixture({ action: 'deny', allowed: [], denied: [{ protocol: 'all', ports: [] }] }).attributes)).toEqual([])
    expect(internetSources(firewallFixture({ sourceRanges: ['0.0.0.0/1'] }).attributes)).toEqual([])
  })

  it('returns the entries that open a port to the internet', () => {
    const fw = firewallFixture({
      allowed: [
        { protocol: 'tcp', ports: ['22', '443'] },
        { protocol: 'udp', ports: [] },
      ],
    }).attributes
    expect(internetEntriesCovering(fw, 22)).toEqual([{ protocol: 'tcp', ports: ['22', '443'] }])
    expect(internetEntriesCovering(fw, 3389)).toEqual([])
    expect(internetEntriesCovering({ ...fw, sourceRanges: ['35.235.240.0/20'] }, 22)).toEqual([])
  })

  it('describes entries as gcloud does, spelling out "everything"', () => {
    expect(describeEntry({ protocol: 'tcp', ports: ['22', '3389'] })).toBe('tcp:22,3389')
    expect(describeEntry({ protocol: '6', ports: [] })).toBe('tcp (all ports)')
    expect(describeEntry({ protocol: 'all', ports: [] })).toBe('all protocols')
    expect(describeEntry({ protocol: 'icmp', ports: [] })).toBe('icmp')
  })
})
