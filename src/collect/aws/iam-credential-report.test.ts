import { describe, expect, it } from 'vitest'
import { GenerateCredentialReportCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam'
import { fetchCredentialReport, parseCredentialReport, parseCsv } from './iam-credential-report.js'
import { makeCollectContext, type RunState } from '../run-context.js'
import { LimiterPool } from '../limiter.js'

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'

// Shapes as AWS writes them (root row first), scrubbed.
const AWS_REPORT = [
  HEADER,
  '<root_account>,arn:aws:iam::111122223333:root,2019-03-04T10:11:12+00:00,not_supported,2026-05-20T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  'alice,arn:aws:iam::111122223333:user/alice,2021-01-02T03:04:05+00:00,true,2026-05-30T12:00:00+00:00,2025-12-01T00:00:00+00:00,N/A,true,true,2025-01-01T00:00:00+00:00,2026-05-31T09:30:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
  '"dave,ops","arn:aws:iam::111122223333:user/dave,ops",2022-02-02T00:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A',
].join('\n')

describe('parseCsv', () => {
  const cases: { name: string; text: string; expected: string[][] }[] = [
    {
      name: 'plain rows with a trailing newline',
      text: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'CRLF line ends',
      text: 'a,b\r\n1,2\r\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'quoted comma and doubled quote',
      text: 'a,b\n"x,y","say ""hi"""\n',
      expected: [
        ['a', 'b'],
        ['x,y', 'say "hi"'],
      ],
    },
    { name: 'quoted newline stays in the field', text: 'a\n"l1\nl2"', expected: [['a'], ['l1\nl2']] },
    {
      name: 'empty fields kept',
      text: 'a,,c\n,,\n',
      expected: [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    },
    { name: 'blank lines dropped', text: 'a\n\n\nb\n', expected: [['a'], ['b']] },
    { name: 'empty text', text: '', expected: [] },
  ]
  it.each(cases)('$name', ({ text, expected }) => {
    expect(parseCsv(text)).toEqual(expected)
  })

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a\n"oops')).toThrow(/unterminated/)
  })
})

describe('parseCredentialReport', () => {
  it('keys rows by header, including the root row and a quoted user name', () => {
    const rows = parseCredentialReport(AWS_REPORT)
    expect(rows.map((r) => r.user)).toEqual(['<root_account>', 'alice', 'dave,ops'])
    expect(rows[0]).toMatchObject({
      arn: 'arn:aws:iam::111122223333:root',
      password_enabled: 'not_supported',
      password_last_used: '2026-05-20T08:00:00+00:00',
    })
    expect(rows[1]).toMatchObject({ password_enabled: 'true', access_key_1_last_used_date: '2026-05-31T09:30:00+00:00', cert_2_last_rotated: 'N/A' })
    expect(rows[2]?.arn).toBe('arn:aws:iam::111122223333:user/dave,ops')
  })

  it('accepts a byte-order mark and CRLF', () => {
    expect(parseCredentialReport('\uFEFFuser,arn\r\nbob,arn:aws:iam::1:user/bob\r\n')).toEqual([{ user: 'bob', arn: 'arn:aws:iam::1:user/bob' }])
  })

  const bad: { name: string; text: string; error: RegExp }[] = [
    { name: 'empty report', text: '', error: /empty/ },
    { name: 'not a credential report', text: 'name,id\nx,1', error: /lacks column\(s\) user, arn/ },
    // moto writes names with commas unquoted: the row no longer lines up with the header.
    {
      name: 'row with extra fields',
      text: 'user,arn,password_enabled\ndave,ops,arn:aws:iam::1:user/dave,ops,true',
      error: /row 2 has 5 fields, header has 3/,
    },
  ]
  it.each(bad)('rejects $name', ({ text, error }) => {
    expect(() => parseCredentialReport(text)).toThrow(error)
  })
})

describe('fetchCredentialReport', () => {
  const newState = (): RunState => ({
    limiters: new LimiterPool(4),
    callTimeoutMs: 1_000,
    errors: [],
    stats: { calls: 0, failedCalls: 0 },
    regions: ['us-east-1'],
  })
  /** A fake IAM client answering Generate with the given states in turn, and Get with `report`. */
  const fakeIam = (states: string[], report: string) => {
    const calls: string[] = []
    const send = (cmd: unknown): Promise<unknown> => {
      if (cmd instanceof GenerateCredentialReportCommand) {
        calls.push('generate')
        return Promise.resolve({ State: states.shift() ?? 'COMPLETE' })
      }
      if (cmd instanceof GetCredentialReportCommand) {
        calls.push('get')
        return Promise.resolve({ Content: new TextEncoder().encode(report), ReportFormat: 'text/csv' })
      }
      return Promise.reject(new Error('unexpected command'))
    }
    return { iam: { send } as unknown as IAMClient, calls }
  }

  it('polls until COMPLETE, then downloads and parses', async () => {
    const state = newState()
    const { iam, calls } = fakeIam(['STARTED', 'INPROGRESS', 'COMPLETE'], AWS_REPORT)
    const result = await fetchCredentialReport(makeCollectContext(state, 'aws', '111122223333', 'iam', 'global'), iam, [0, 0, 0])
    expect(calls).toEqual(['generate', 'generate', 'generate', 'get'])
    expect(result.ok && result.value?.length).toBe(3)
    expect(state.errors).toEqual([])
  })

  it('gives up after the bounded wait and records why', async () => {
    const state = newState()
    const { iam, calls } = fakeIam(['STARTED', 'INPROGRESS', 'INPROGRESS', 'INPROGRESS'], AWS_REPORT)
    const result = await fetchCredentialReport(makeCollectContext(state, 'aws', '111122223333', 'iam', 'global'), iam, [0, 0])
    expect(calls).not.toContain('get')
    expect(result).toMatchObject({ ok: false, reason: 'credential report still INPROGRESS after 0 s' })
    expect(state.errors).toMatchObject([{ api: 'GenerateCredentialReport', resourceTypes: [] }])
  })

  it('returns a parse failure as a recorded error, not a throw', async () => {
    const state = newState()
    const { iam } = fakeIam(['COMPLETE'], 'not,a,report\n')
    const result = await fetchCredentialReport(makeCollectContext(state, 'aws', '111122223333', 'iam', 'global'), iam, [])
    expect(result.ok).toBe(false)
    expect(state.errors[0]?.api).toBe('GetCredentialReport')
    expect(state.errors[0]?.reason).toMatch(/lacks column/)
  })
})
