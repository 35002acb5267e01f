import { describe, expect, it } from 'vitest'
import { adfProblem, adfText } from '../../../test/support/jira-stand-in.js'
import { sampleFinding } from '../sample.js'
import { ALERT_EVENTS, type AlertEvent, type AlertFinding, type FindingAlert } from '../types.js'
import { codeBlock, doc, eventComment, issueDescription, link, paragraph } from './jira-adf.js'

const SCAN = { id: 'scan-7', seq: 7, target: 'prod', provider: 'aws' as const, finishedAt: '2026-02-01T10:00:00.000Z' }
const LABEL = `posture-fp-${'f'.repeat(64)}`

function alert(event: AlertEvent, finding: Partial<AlertFinding> = {}, over: Partial<FindingAlert> = {}): FindingAlert {
  return { kind: 'finding', event, scan: SCAN, finding: sampleFinding(finding), ...over }
}

const text = (t: string): { type: 'text'; text: string } => ({ type: 'text', text: t })
const para = (...t: string[]): object => ({ type: 'paragraph', content: t.map(text) })
const item = (t: string): object => ({ type: 'listItem', content: [para(t)] })

describe('issueDescription', () => {
  it('lays out message, facts, fix, references, link and the tracking note', () => {
    const a = alert('new', {}, { owner: 'platform-team', link: 'https://posture.example.com/f/1' })
    const f = a.finding
    expect(issueDescription(a, LABEL, false)).toEqual({
      type: 'doc',
      version: 1,
      content: [
        para(f.message),
        { type: 'heading', attrs: { level: 3 }, content: [text('Where')] },
        {
          type: 'bulletList',
          content: [
            item('Resource: posture-alert-test (aws.ec2.security-group)'),
            item(`Identifier: ${f.resource.uid}`),
            item('Account: 123456789012, region: eu-west-1'),
            item('Owner: platform-team'),
            item('First seen: 2026-01-01T00:00:00.000Z'),
            item('Check: aws-ec2-sg-no-ssh-from-internet (HIGH)'),
            item('Reported by scan scan-7 of prod at 2026-02-01T10:00:00.000Z'),
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [text('Why it matters')] },
        para('An internet-reachable SSH port invites brute force and exploits of the SSH daemon.'),
        { type: 'heading', attrs: { level: 3 }, content: [text('How to fix')] },
        { type: 'orderedList', content: f.remediation.steps.map(item) },
        { type: 'codeBlock', attrs: { language: 'shell' }, content: [text(f.remediation.cli!)] },
        { type: 'heading', attrs: { level: 3 }, content: [text('References')] },
        {
          type: 'bulletList',
          content: f.remediation.references.map((href) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }] }],
          })),
        },
        {
          type: 'paragraph',
          content: [
            text('Details in Posture: '),
            { type: 'text', text: 'https://posture.example.com/f/1', marks: [{ type: 'link', attrs: { href: 'https://posture.example.com/f/1' } }] },
          ],
        },
        para(`Posture finds this issue by its label ${LABEL}: keep the label so that Posture can update it.`),
      ],
    })
  })

  it('drops sections with nothing in them (no owner, first seen, steps, CLI, references or link)', () => {
    const a = alert('new', { firstSeenAt: undefined, rationale: undefined, remediation: { steps: [], references: [] } })
    const d = issueDescription(a, LABEL, false)
    expect(adfProblem(d)).toBeUndefined()
    expect(d.content.map((n) => n.type)).toEqual(['paragraph', 'heading', 'bulletList', 'paragraph'])
    expect(adfText(d)).not.toMatch(/Owner|First seen|How to fix|References|Details in Posture/)
  })

  it('says per-check issues collect further resources as comments', () => {
    const d = issueDescription(alert('new'), 'posture-check-aws-ec2-sg-no-ssh-from-internet', true)
    expect(adfText(d)).toContain(
      'This issue tracks every resource failing check aws-ec2-sg-no-ssh-from-internet; Posture adds further resources as comments. Posture finds this issue by its label posture-check-aws-ec2-sg-no-ssh-from-internet',
    )
  })
})

describe('eventComment', () => {
  it.each<{ name: string; a: FindingAlert; perCheck: boolean; expected: string }>([
    {
      name: 'resolved',
      a: alert('resolved', { status: 'pass' }),
      perCheck: false,
      expected: 'Resolved: the check passes (scan scan-7 of prod at 2026-02-01T10:00:00.000Z).',
    },
    {
      name: 'reopened',
      a: alert('reopened'),
      perCheck: false,
      expected: `Reopened: seen again in scan scan-7 of prod at 2026-02-01T10:00:00.000Z.\n${sampleFinding().message}`,
    },
    {
      name: 'unmuted, with a link',
      a: alert('unmuted', {}, { link: 'https://p.example/x' }),
      perCheck: false,
      expected: `No longer muted: seen again in scan scan-7 of prod at 2026-02-01T10:00:00.000Z.\n${sampleFinding().message}\nDetails in Posture: https://p.example/x`,
    },
    {
      name: 'per check: new resource',
      a: alert('new'),
      perCheck: true,
      expected: `New resource failing this check, seen in scan scan-7 of prod at 2026-02-01T10:00:00.000Z.\nResource: posture-alert-test (aws.ec2.security-group) in account 123456789012, region eu-west-1.\n${sampleFinding().message}`,
    },
    {
      name: 'per check: resolved, others open',
      a: alert('resolved', { status: 'pass' }, { openForCheck: 2 }),
      perCheck: true,
      expected:
        'Resolved: the check passes (scan scan-7 of prod at 2026-02-01T10:00:00.000Z).\nPasses now: posture-alert-test (aws.ec2.security-group) in account 123456789012, region eu-west-1.\n2 other finding(s) of this check are still open, so this issue stays open.',
    },
    {
      name: 'per check: resolved, none open',
      a: alert('resolved', { status: 'pass' }, { openForCheck: 0 }),
      perCheck: true,
      expected:
        'Resolved: the check passes (scan scan-7 of prod at 2026-02-01T10:00:00.000Z).\nPasses now: posture-alert-test (aws.ec2.security-group) in account 123456789012, region eu-west-1.',
    },
  ])('$name', ({ a, perCheck, expected }) => {
    const d = eventComment(a, perCheck)
    expect(adfProblem(d)).toBeUndefined()
    expect(adfText(d)).toBe(expected)
  })

  it.each(ALERT_EVENTS.flatMap((event) => [false, true].map((perCheck) => ({ event, perCheck }))))(
    'is valid ADF for $event (per check: $perCheck), even with an empty message',
    ({ event, perCheck }) => {
      expect(adfProblem(eventComment(alert(event, { message: '' }), perCheck))).toBeUndefined()
    },
  )
})

describe('builders', () => {
  it('never emit empty text nodes', () => {
    expect(paragraph('', 'a', '')).toEqual(para('a'))
    expect(doc([paragraph(''), paragraph('b')])).toEqual({ type: 'doc', version: 1, content: [para('b')] })
    expect(codeBlock('ls')).toEqual({ type: 'codeBlock', content: [text('ls')] })
    expect(link('https://x.example', '')).toEqual({
      type: 'text',
      text: 'https://x.example',
      marks: [{ type: 'link', attrs: { href: 'https://x.example' } }],
    })
  })
})
