import { describe, expect, it } from 'vitest'
import { unknown } from '../../../core/unknown.js'
import check from './aws-codebuild-source-credentials-no-personal-tokens.js'
import { runCheck } from '../../_shared/testing.js'
import { sourceCredentials } from './fixtures.js'

describe(check.id, () => {
  const failed = unknown('codebuild:ListSourceCredentials: AccessDenied')
  const cases: { name: string; resource: ReturnType<typeof sourceCredentials>; expected: string }[] = [
    { name: 'none stored', resource: sourceCredentials(), expected: 'pass' },
    {
      name: 'CodeConnections',
      resource: sourceCredentials({
        credentials: [{ arn: 'arn:aws:codebuild:us-east-1:111122223333:token/github', serverType: 'GITHUB', authType: 'CODECONNECTIONS' }],
      }),
      expected: 'pass',
    },
    {
      name: 'a GitHub personal access token',
      resource: sourceCredentials({
        credentials: [{ arn: 'arn:aws:codebuild:us-east-1:111122223333:token/github', serverType: 'GITHUB', authType: 'PERSONAL_ACCESS_TOKEN' }],
      }),
      expected: 'fail',
    },
    {
      name: 'Bitbucket basic auth',
      resource: sourceCredentials({
        credentials: [{ arn: 'arn:aws:codebuild:us-east-1:111122223333:token/bitbucket', serverType: 'BITBUCKET', authType: 'BASIC_AUTH' }],
      }),
      expected: 'fail',
    },
    { name: 'not collected', resource: sourceCredentials({ credentials: failed }), expected: 'error' },
  ]
  it.each(cases)('$name → $expected', ({ resource, expected }) => {
    expect(runCheck(check, resource).status).toBe(expected)
  })
})
