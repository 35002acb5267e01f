import { describe, expect, it } from 'vitest'
import { isLiveInstance } from './ec2-instance.js'

describe('isLiveInstance', () => {
  it.each([
    { state: 'pending', expected: true },
    { state: 'running', expected: true },
    { state: 'stopping', expected: true },
    { state: 'stopped', expected: true },
    { state: 'shutting-down', expected: false },
    { state: 'terminated', expected: false },
  ])('$state → $expected', ({ state, expected }) => expect(isLiveInstance(state)).toBe(expected))
})
