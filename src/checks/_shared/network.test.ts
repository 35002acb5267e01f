import { describe, expect, it } from 'vitest'
import type { SgRule } from '../../normalize/aws/types.js'
import { naclEntry as entry } from './network-testing.js'
import {
  coversPort,
  describeNaclEntry,
  describeRule,
  internetRulesCovering,
  internetSource,
  isAllTraffic,
  isInternetCidr,
  naclInternetAllow,
} from './network.js'

const tcp = (from: number | null, to: number | null, cidr = '0.0.0.0/0'): SgRule => ({ protocol: 'tcp', fromPort: from, toPort: to, cidrIpv4: cidr })

describe('isInternetCidr', () => {
  it.each([
    { cidr: '0.0.0.0/0', expected: true },
    { cidr: '::/0', expected: true },
    { cidr: '10.0.0.0/8', expected: false },
    { cidr: undefined, expected: false },
  ])('$cidr → $expected', ({ cidr, expected }) => expect(isInternetCidr(cidr)).toBe(expected))
})

describe('coversPort', () => {
  it.each([
    { name: 'all protocols', rule: { protocol: '-1', fromPort: null, toPort: null }, port: 22, expected: true },
    { name: 'tcp range', rule: tcp(20, 25), port: 22, expected: true },
    { name: 'tcp outside range', rule: tcp(80, 443), port: 22, expected: false },
    { name: 'numeric tcp (NACL)', rule: { protocol: '6', fromPort: 22, toPort: 22 }, port: 22, expected: true },
    { name: 'udp is not tcp', rule: { protocol: 'udp', fromPort: 22, toPort: 22 }, port: 22, expected: false },
    { name: 'icmp', rule: { protocol: 'icmp', fromPort: -1, toPort: -1 }, port: 22, expected: false },
  ])('$name → $expected', ({ rule, port, expected }) => expect(coversPort(rule, port)).toBe(expected))
})

describe('isAllTraffic', () => {
  it.each([
    { name: 'protocol -1', rule: { protocol: '-1', fromPort: null, toPort: null }, expected: true },
    { name: 'tcp 0-65535', rule: tcp(0, 65535), expected: true },
    { name: 'tcp 1-1024', rule: tcp(1, 1024), expected: false },
    { name: 'icmp', rule: { protocol: 'icmp', fromPort: -1, toPort: -1 }, expected: false },
  ])('$name → $expected', ({ rule, expected }) => expect(isAllTraffic(rule)).toBe(expected))
})

describe('internetSource', () => {
  it.each([
    { name: 'IPv4 internet', rule: { cidrIpv4: '0.0.0.0/0' }, expected: '0.0.0.0/0' },
    { name: 'IPv6 internet', rule: { cidrIpv6: '::/0' }, expected: '::/0' },
    { name: 'private range', rule: { cidrIpv4: '10.0.0.0/8' }, expected: null },
    { name: 'security group source', rule: {}, expected: null },
  ])('$name → $expected', ({ rule, expected }) => expect(internetSource(rule)).toBe(expected))
})

describe('internetRulesCovering', () => {
  const rules: SgRule[] = [
    tcp(22, 22),
    tcp(445, 445, '10.0.0.0/8'),
    { protocol: 'tcp', fromPort: 139, toPort: 139, cidrIpv6: '::/0' },
    { protocol: 'tcp', fromPort: 22, toPort: 22, groupId: 'sg-1' },
  ]
  it.each([
    { ports: [22], expected: 1 },
    { ports: [445], expected: 0 },
    { ports: [445, 139], expected: 1 },
    { ports: [3389], expected: 0 },
  ])('ports $ports → $expected rule(s)', ({ ports, expected }) => expect(internetRulesCovering(rules, ports)).toHaveLength(expected))
})

describe('naclInternetAllow', () => {
  const defaultDeny = [entry(32767, 'deny', '-1', null, '0.0.0.0/0'), entry(32768, 'deny', '-1', null, '::/0')]
  it.each([
    { name: 'allow all from the internet', entries: [entry(100, 'allow', '-1', null, '0.0.0.0/0'), ...defaultDeny], expected: 100 },
    { name: 'allow tcp 22 from ::/0', entries: [entry(110, 'allow', '6', [22, 22], '::/0'), ...defaultDeny], expected: 110 },
    {
      name: 'deny 22 before allow all',
      entries: [entry(90, 'deny', '6', [22, 22], '0.0.0.0/0'), entry(100, 'allow', '-1', null, '0.0.0.0/0'), ...defaultDeny],
      expected: null,
    },
    {
      name: 'deny after allow does not help',
      entries: [entry(100, 'allow', '6', [0, 65535], '0.0.0.0/0'), entry(120, 'deny', '6', [22, 22], '0.0.0.0/0')],
      expected: 100,
    },
    {
      name: 'narrow deny does not shadow',
      entries: [entry(90, 'deny', '6', [22, 22], '10.0.0.0/8'), entry(100, 'allow', '6', [22, 22], '0.0.0.0/0')],
      expected: 100,
    },
    {
      name: 'IPv6 deny does not shadow IPv4 allow',
      entries: [entry(90, 'deny', '-1', null, '::/0'), entry(100, 'allow', '-1', null, '0.0.0.0/0')],
      expected: 100,
    },
    { name: 'allow from a corporate range only', entries: [entry(100, 'allow', '6', [22, 22], '203.0.113.0/24'), ...defaultDeny], expected: null },
    { name: 'egress allow is ignored', entries: [entry(100, 'allow', '-1', null, '0.0.0.0/0', true), ...defaultDeny], expected: null },
    { name: 'udp allow does not open tcp 22', entries: [entry(100, 'allow', '17', [22, 22], '0.0.0.0/0'), ...defaultDeny], expected: null },
    {
      name: 'entries out of order are sorted',
      entries: [entry(200, 'allow', '-1', null, '0.0.0.0/0'), entry(100, 'deny', '6', [22, 22], '0.0.0.0/0')],
      expected: null,
    },
  ])('$name → $expected', ({ entries, expected }) => expect(naclInternetAllow(entries, 22)?.ruleNumber ?? null).toBe(expected))
})

describe('describeRule / describeNaclEntry', () => {
  it.each([
    { got: describeRule(tcp(22, 22)), expected: 'tcp 22 from 0.0.0.0/0' },
    { got: describeRule({ protocol: '-1', fromPort: null, toPort: null, cidrIpv6: '::/0' }), expected: 'all traffic from ::/0' },
    { got: describeNaclEntry(entry(100, 'allow', '6', [20, 25], '0.0.0.0/0')), expected: 'rule 100 allow tcp 20-25 from 0.0.0.0/0' },
    { got: describeNaclEntry(entry(90, 'deny', '-1', null, '::/0')), expected: 'rule 90 deny all traffic from ::/0' },
    { got: describeNaclEntry(entry(80, 'allow', '17', null, '0.0.0.0/0')), expected: 'rule 80 allow udp all ports from 0.0.0.0/0' },
  ])('$expected', ({ got, expected }) => expect(got).toBe(expected))
})
