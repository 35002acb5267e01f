import { describe, expect, it } from 'vitest'
import type { NsgRule } from '../../normalize/azure/types-compute.js'
import {
  ALL_PORTS,
  describeNsgRule,
  internetAllowRules,
  isInternetPrefix,
  parsePortRange,
  protocolCovers,
  type InternetQuery,
} from './azure-network.js'
import { DEFAULT_INBOUND, nsgRule } from './azure-compute-fixtures.js'

const SSH: InternetQuery = { protocols: ['Tcp'], ports: [{ from: 22, to: 22 }] }
const UDP_ANY: InternetQuery = { protocols: ['Udp'], ports: [ALL_PORTS] }
const ALL: InternetQuery = { protocols: ['Tcp', 'Udp'], ports: [ALL_PORTS], wholeSpan: true }

/** Names of the rules reported open for `query`. */
function open(rules: NsgRule[], query: InternetQuery): string[] {
  return internetAllowRules({ securityRules: rules, defaultSecurityRules: DEFAULT_INBOUND }, query).map((r) => r.name)
}

describe('parsePortRange', () => {
  it.each([
    ['*', { from: 0, to: 65535 }],
    ['22', { from: 22, to: 22 }],
    ['20-25', { from: 20, to: 25 }],
    [' 1024 - 65535 ', { from: 1024, to: 65535 }],
    ['25-20', null],
    ['ssh', null],
  ])('%s', (s, expected) => {
    expect(parsePortRange(s)).toEqual(expected)
  })
})

describe('isInternetPrefix and protocolCovers', () => {
  it.each([
    ['*', true],
    ['Internet', true],
    ['Any', true],
    ['0.0.0.0/0', true],
    ['0.0.0.0', true],
    ['::/0', true],
    ['VirtualNetwork', false],
    ['AzureLoadBalancer', false],
    ['10.0.0.0/8', false],
    ['203.0.113.7/32', false],
  ])('%s → %s', (p, expected) => {
    expect(isInternetPrefix(p)).toBe(expected)
  })
  it('matches protocols case-insensitively, * covering all', () => {
    expect(protocolCovers('*', 'Udp')).toBe(true)
    expect(protocolCovers('TCP', 'Tcp')).toBe(true)
    expect(protocolCovers('Udp', 'Tcp')).toBe(false)
    expect(protocolCovers('Icmp', 'Tcp')).toBe(false)
  })
})

describe('internetAllowRules', () => {
  const cases: { name: string; rules: NsgRule[]; query: InternetQuery; expected: string[] }[] = [
    { name: 'defaults only: nothing open', rules: [], query: SSH, expected: [] },
    {
      name: 'allow 22 from Internet',
      rules: [nsgRule({ name: 'ssh', destinationPortRanges: ['22'], sourceAddressPrefixes: ['Internet'] })],
      query: SSH,
      expected: ['ssh'],
    },
    { name: 'range 20-25 covers 22', rules: [nsgRule({ name: 'r', destinationPortRanges: ['20-25'] })], query: SSH, expected: ['r'] },
    { name: 'plural port ranges', rules: [nsgRule({ name: 'r', destinationPortRanges: ['80', '443', '22'] })], query: SSH, expected: ['r'] },
    {
      name: 'plural source prefixes with 0.0.0.0/0',
      rules: [nsgRule({ name: 'r', destinationPortRanges: ['22'], sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'] })],
      query: SSH,
      expected: ['r'],
    },
    {
      name: 'narrow source',
      rules: [nsgRule({ name: 'r', destinationPortRanges: ['22'], sourceAddressPrefixes: ['203.0.113.0/24'] })],
      query: SSH,
      expected: [],
    },
    {
      name: 'application security group source',
      rules: [nsgRule({ name: 'r', sourceAddressPrefixes: [], sourceApplicationSecurityGroupIds: ['asg-admins'] })],
      query: SSH,
      expected: [],
    },
    { name: 'protocol * covers Tcp', rules: [nsgRule({ name: 'r', protocol: '*', destinationPortRanges: ['22'] })], query: SSH, expected: ['r'] },
    { name: 'Udp rule does not open Tcp', rules: [nsgRule({ name: 'r', protocol: 'Udp', destinationPortRanges: ['22'] })], query: SSH, expected: [] },
    { name: 'Icmp rule', rules: [nsgRule({ name: 'r', protocol: 'Icmp' })], query: ALL, expected: [] },
    { name: 'outbound rule', rules: [nsgRule({ name: 'r', direction: 'Outbound' })], query: SSH, expected: [] },
    {
      name: 'deny at lower number shadows the allow',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: [],
    },
    {
      name: 'deny at higher number does not shadow',
      rules: [
        nsgRule({ name: 'allow', priority: 100, destinationPortRanges: ['22'] }),
        nsgRule({ name: 'deny', priority: 200, access: 'Deny', destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: ['allow'],
    },
    {
      name: 'deny from a narrow source does not shadow',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', sourceAddressPrefixes: ['198.51.100.0/24'], destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: ['allow'],
    },
    {
      name: 'deny of IPv4 only leaves IPv6 open for a * source',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', sourceAddressPrefixes: ['0.0.0.0/0'], destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: ['allow'],
    },
    {
      name: 'deny from Internet shadows an allow from 0.0.0.0/0',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, sourceAddressPrefixes: ['0.0.0.0/0'], destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: [],
    },
    {
      name: 'deny to one host does not shadow an allow to every host',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', destinationAddressPrefixes: ['10.0.1.5'], destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: ['allow'],
    },
    {
      name: 'deny to VirtualNetwork shadows an allow to one host',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', destinationAddressPrefixes: ['VirtualNetwork'], destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, destinationAddressPrefixes: ['10.0.1.4'], destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: [],
    },
    {
      name: 'deny of Udp does not shadow Tcp for a * protocol allow',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', protocol: 'Udp', destinationPortRanges: ['22'] }),
        nsgRule({ name: 'allow', priority: 200, protocol: '*', destinationPortRanges: ['22'] }),
      ],
      query: SSH,
      expected: ['allow'],
    },
    {
      name: 'UDP: deny 53 leaves the rest of an any-port UDP allow open',
      rules: [
        nsgRule({ name: 'deny', priority: 100, access: 'Deny', protocol: 'Udp', destinationPortRanges: ['53'] }),
        nsgRule({ name: 'allow', priority: 200, protocol: 'Udp', destinationPortRanges: ['*'] }),
      ],
      query: UDP_ANY,
      expected: ['allow'],
    },
    {
      name: 'UDP: split denies covering the whole allowed range shadow it',
      rules: [
        nsgRule({ name: 'deny-low', priority: 100, access: 'Deny', protocol: 'Udp', destinationPortRanges: ['0-1000'] }),
        nsgRule({ name: 'deny-high', priority: 110, access: 'Deny', protocol: '*', destinationPortRanges: ['1001-65535'] }),
        nsgRule({ name: 'allow', priority: 200, protocol: 'Udp', destinationPortRanges: ['500-2000'] }),
      ],
      query: UDP_ANY,
      expected: [],
    },
    { name: 'all ports: * port', rules: [nsgRule({ name: 'any', protocol: '*' })], query: ALL, expected: ['any'] },
    { name: 'all ports: 0-65535 Tcp', rules: [nsgRule({ name: 'tcp-all', destinationPortRanges: ['0-65535'] })], query: ALL, expected: ['tcp-all'] },
    { name: 'all ports: 1024-65535 is not all', rules: [nsgRule({ name: 'high', destinationPortRanges: ['1024-65535'] })], query: ALL, expected: [] },
    {
      name: 'all ports: deny-all first shadows it',
      rules: [nsgRule({ name: 'deny', priority: 100, access: 'Deny', protocol: '*' }), nsgRule({ name: 'any', priority: 4096, protocol: '*' })],
      query: ALL,
      expected: [],
    },
  ]
  it.each(cases)('$name', ({ rules, query, expected }) => {
    expect(open(rules, query)).toEqual(expected)
  })

  it('describes a rule', () => {
    expect(describeNsgRule(nsgRule({ name: 'AllowSSH', priority: 300, destinationPortRanges: ['22'], sourceAddressPrefixes: ['Internet'] }))).toBe(
      'AllowSSH (priority 300: Tcp 22 from Internet)',
    )
  })
})
