import { describe, expect, it } from 'vitest'
import check from './aws-ec2-ami-not-public.js'
import { unknown, type Maybe } from '../../../core/unknown.js'
import { awsFixture, runCheck } from '../../_shared/testing.js'
import { AWS, type ImageAttributes } from '../../../normalize/aws/types.js'

const image = (isPublic: boolean, launchPermissions: Maybe<string[]>) =>
  awsFixture<ImageAttributes>(AWS.ec2Image, { imageId: 'ami-0789', isPublic, launchPermissions })
const notCollected = unknown('ec2:DescribeImageAttribute: UnauthorizedOperation')

describe(check.id, () => {
  const cases: { name: string; isPublic: boolean; perms: Maybe<string[]>; expected: 'pass' | 'fail' | 'error' }[] = [
    { name: 'public flag set', isPublic: true, perms: ['all'], expected: 'fail' },
    { name: 'public flag set, permissions not collected', isPublic: true, perms: notCollected, expected: 'fail' },
    { name: 'launch permission for all', isPublic: false, perms: ['all'], expected: 'fail' },
    { name: 'private', isPublic: false, perms: [], expected: 'pass' },
    { name: 'shared with one account', isPublic: false, perms: ['444455556666'], expected: 'pass' },
    { name: 'private flag, permissions not collected', isPublic: false, perms: notCollected, expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ isPublic, perms, expected }) => {
    expect(runCheck(check, image(isPublic, perms)).status).toBe(expected)
  })
})
