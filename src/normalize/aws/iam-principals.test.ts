import { describe, expect, it } from 'vitest'
import { isAwsManagedPolicyArn, parseIamPolicy } from './iam-principals.js'

describe('parseIamPolicy', () => {
  const doc = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } }
  const cases: { name: string; text: string | null; expected: unknown }[] = [
    { name: 'plain JSON', text: JSON.stringify(doc), expected: doc },
    { name: 'URL-encoded JSON', text: encodeURIComponent(JSON.stringify(doc)), expected: doc },
    { name: 'URL-encoded with a leading newline', text: encodeURIComponent(`\n${JSON.stringify(doc)}`), expected: doc },
    { name: 'absent', text: null, expected: null },
  ]
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseIamPolicy(text)).toEqual(expected)
  })
  it.each(['{"Version":"2012-10-17"}', 'null', '%7Bbroken'])('rejects %s', (text) => {
    expect(() => parseIamPolicy(text)).toThrow()
  })
})

describe('isAwsManagedPolicyArn', () => {
  it.each([
    { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', expected: true },
    { arn: 'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', expected: true },
    { arn: 'arn:aws:iam::111122223333:policy/aws-lookalike', expected: false },
  ])('$arn → $expected', ({ arn, expected }) => {
    expect(isAwsManagedPolicyArn(arn)).toBe(expected)
  })
})
