import { describe, expect, it } from 'vitest'
import check from './aws-iam-cloudshell-full-access-restricted.js'
import { Inventory } from '../../../core/inventory.js'
import { evaluate } from '../../../evaluate/engine.js'
import { runCheck, TEST_NOW } from '../../_shared/testing.js'
import { ADMIN_DOC, managedPolicy } from '../../_shared/iam-testing.js'

const cloudShell = (attachmentCount: number, partition = 'aws') => {
  const p = managedPolicy({ policyName: 'AWSCloudShellFullAccess', isAwsManaged: true, attachmentCount })
  return { ...p, uid: `arn:${partition}:iam::aws:policy/AWSCloudShellFullAccess` }
}

describe(check.id, () => {
  const cases: { name: string; attachmentCount: number; partition?: string; expected: 'pass' | 'fail'; says: string }[] = [
    { name: 'attached twice', attachmentCount: 2, expected: 'fail', says: 'attached to 2 user(s), group(s) or role(s)' },
    { name: 'attached in GovCloud', attachmentCount: 1, partition: 'aws-us-gov', expected: 'fail', says: 'attached to 1' },
    { name: 'attached in China', attachmentCount: 1, partition: 'aws-cn', expected: 'fail', says: 'attached to 1' },
    { name: 'not attached', attachmentCount: 0, expected: 'pass', says: 'not attached to any' },
  ]
  it.each(cases)('$name → $expected', ({ attachmentCount, partition, expected, says }) => {
    const f = runCheck(check, cloudShell(attachmentCount, partition))
    expect(f.status).toBe(expected)
    expect(f.message).toContain(says)
  })

  it('gives no finding for other policies, even attached ones or customer copies with the same name', () => {
    const admin = managedPolicy({ policyName: 'AdministratorAccess', isAwsManaged: true, document: ADMIN_DOC })
    const copy = managedPolicy({ policyName: 'AWSCloudShellFullAccess', attachmentCount: 3 })
    expect(evaluate([check], new Inventory([admin, copy]), () => [], TEST_NOW)).toEqual([])
  })
})
