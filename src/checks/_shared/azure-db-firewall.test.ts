import { describe, expect, it } from 'vitest'
import { describeFirewallRule, isAllowAzureServicesRule, isAnyIpRule, isWholeInternetEntry } from './azure-db-firewall.js'

const rule = (startIpAddress: string, endIpAddress: string, name = 'r') => ({ name, startIpAddress, endIpAddress })

describe('Azure database firewall helpers', () => {
  it.each([
    { r: rule('0.0.0.0', '0.0.0.0'), azure: true, any: false },
    { r: rule('0.0.0.0', '255.255.255.255'), azure: false, any: true },
    { r: rule('203.0.113.0', '203.0.113.255'), azure: false, any: false },
    { r: rule('0.0.0.0', '0.0.0.255'), azure: false, any: false },
  ])('$r.startIpAddress–$r.endIpAddress', ({ r, azure, any }) => {
    expect(isAllowAzureServicesRule(r)).toBe(azure)
    expect(isAnyIpRule(r)).toBe(any)
  })

  it('describes a rule', () => {
    expect(describeFirewallRule(rule('1.2.3.4', '1.2.3.4', 'office'))).toBe('office (1.2.3.4–1.2.3.4)')
    expect(describeFirewallRule(rule('1.2.3.4', '1.2.3.4', ''))).toBe('unnamed (1.2.3.4–1.2.3.4)')
  })

  it.each([
    { entry: '0.0.0.0/0', expected: true },
    { entry: '0.0.0.0', expected: false },
    { entry: '203.0.113.0/24', expected: false },
    { entry: '198.51.100.7', expected: false },
  ])('$entry whole internet → $expected', ({ entry, expected }) => {
    expect(isWholeInternetEntry(entry)).toBe(expected)
  })
})
