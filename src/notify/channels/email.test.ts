import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSmtpStandIn, type SmtpStandIn } from '../../../test/support/smtp-stand-in.js'
import { sampleDigest, sampleFinding, sampleFindingAlert, sampleOverflow } from '../sample.js'
import type { DeliveryContext, EmailConfig, FindingAlert } from '../types.js'
import { classifySmtpError, createEmailChannel, emailMessage, escapeHtml } from './email.js'

const PASS = 'correct-horse-battery-staple'
const HOSTILE = '<script>alert(1)</script> <!channel>'
const AT = new Date('2026-03-01T12:00:00.000Z')

function config(port: number, over: Partial<EmailConfig> = {}): EmailConfig {
  return {
    name: 'mail',
    type: 'email',
    mode: 'immediate',
    digestTop: 10,
    cap: null,
    rateLimit: null,
    timeoutMs: 5000,
    host: '127.0.0.1',
    port,
    secure: false,
    requireTls: false,
    rejectUnauthorized: true,
    user: 'alice',
    pass: PASS,
    from: 'Posture <posture@example.com>',
    to: ['security@example.com', 'ops@example.com'],
    subjectPrefix: '[Posture]',
    ...over,
  }
}

const ctx = (deliveryId = 'delivery-1'): DeliveryContext => ({ deliveryId, attempt: 1, now: () => AT })

function hostileAlert(): FindingAlert {
  const base = sampleFindingAlert('new', AT)
  return {
    ...base,
    owner: '"><img src=x onerror=alert(2)>',
    link: 'https://posture.example.com/findings?a=1&b=2',
    finding: sampleFinding({ resource: { ...base.finding.resource, name: HOSTILE }, message: 'Tom & Jerry <b>bold</b>' }),
  }
}

/** Writes a self-signed certificate for 127.0.0.1 (openssl, as a real relay's would be) and returns its PEM files. */
function selfSigned(dir: string, name: string): { key: string; cert: string } {
  const key = join(dir, `${name}.key`)
  const cert = join(dir, `${name}.crt`)
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  )
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') }
}

describe('emailMessage', () => {
  it('renders a finding: subject, every field in text and HTML', () => {
    const alert = { ...sampleFindingAlert('new', AT), owner: 'platform-team', link: 'https://posture.example.com/f/1' }
    const m = emailMessage(alert, { subjectPrefix: '[Posture]' })
    expect(m.subject).toBe('[Posture] [TEST] New HIGH failure: Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0')
    for (const line of [
      'Rule tcp 22 from 0.0.0.0/0 opens SSH to the internet (this is a test alert).',
      'Severity: HIGH',
      'Resource: posture-alert-test',
      'Type: aws.ec2.security-group',
      'UID: arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0123456789abcdef0',
      'Account: 123456789012',
      'Region: eu-west-1',
      'Check: aws-ec2-sg-no-ssh-from-internet',
      'Owner: platform-team',
      'First seen: 2026-01-01T00:00:00.000Z',
      'Why it matters:\nAn internet-reachable SSH port invites brute force and exploits of the SSH daemon.',
      '1. Remove the inbound rule for port 22 from 0.0.0.0/0 and ::/0.',
      'CLI: aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --protocol tcp --port 22 --cidr 0.0.0.0/0',
      'Open in Posture: https://posture.example.com/f/1',
      `Scan 00000000-0000-4000-8000-000000000000 of posture-alert-test at ${AT.toISOString()}`,
    ]) {
      expect(m.text).toContain(line)
    }
    expect(m.html).toContain('<th style="padding:4px 12px 4px 0;vertical-align:top;text-align:left">Owner</th>')
    expect(m.html).toContain('>platform-team</td>')
    expect(m.html).toContain('<a href="https://posture.example.com/f/1"')
    expect(m.html).toContain('How to fix')
    expect(m.html).toContain('Why it matters')
  })

  it('leaves the fix out of a resolved notice and says it passes now', () => {
    const m = emailMessage(sampleFindingAlert('resolved', AT), { subjectPrefix: '' })
    expect(m.subject).toBe('[TEST] Resolved HIGH: Security group does not allow SSH (22) from 0.0.0.0/0 or ::/0')
    expect(m.text).toContain('Fixed: the check passes now (was: Rule tcp 22')
    expect(m.text).not.toContain('How to fix')
    expect(m.html).not.toContain('How to fix')
    expect(m.text).not.toContain('Why it matters')
  })

  it('escapes every data value in the HTML part', () => {
    const m = emailMessage(hostileAlert(), { subjectPrefix: '[Posture]' })
    expect(m.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#60;!channel&#62;')
    expect(m.html).toContain('&#34;&#62;&#60;img src=x onerror=alert(2)&#62;')
    expect(m.html).toContain('Tom &#38; Jerry &#60;b&#62;bold&#60;/b&#62;')
    expect(m.html).toContain('href="https://posture.example.com/findings?a=1&#38;b=2"')
    for (const raw of ['<script', '<!channel', '<img', '<b>']) expect(m.html).not.toContain(raw)
    // Plain text is not markup: it shows the name as it is.
    expect(m.text).toContain(`Resource: ${HOSTILE}`)
  })

  it('turns only http(s) links into anchors', () => {
    const m = emailMessage({ ...sampleFindingAlert('new', AT), link: 'javascript:alert(1)' }, { subjectPrefix: '' })
    expect(m.html).not.toContain('<a ')
  })

  it('renders a digest with its counts, listed findings and the rest', () => {
    const m = emailMessage(sampleDigest(AT), { subjectPrefix: '[Posture]' })
    expect(m.subject).toBe('[Posture] [TEST] Posture digest for posture-alert-test: 4 new, 1 reopened, 2 resolved')
    expect(m.text).toContain('By severity: critical 1, high 3, medium 1')
    expect(m.text).toContain(
      '- New CRITICAL failure: S3 bucket blocks public access: posture-alert-test (aws.s3.bucket), account 123456789012, region us-east-1.',
    )
    expect(m.text).toContain('- Reopened HIGH failure: Security group does not allow SSH')
    expect(m.text).toContain('…and 3 more')
    expect(m.html).toContain('>New CRITICAL failure</td>')
    expect(m.html).toContain('…and 3 more')
  })

  it('renders an overflow notice', () => {
    const m = emailMessage(sampleOverflow(AT), { subjectPrefix: '[Posture]' })
    expect(m.subject).toBe('[Posture] Posture: 20 alerts sent for posture-alert-test, and 7 more (high 5, medium 2)')
    expect(m.text).toContain('Held back by severity: high 5, medium 2')
    expect(m.html).toContain('Held back by severity: high 5, medium 2')
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;')
  })
})

describe('classifySmtpError', () => {
  const table: { name: string; err: object; retryable: boolean }[] = [
    { name: '421 service not available', err: { code: 'EENVELOPE', responseCode: 421 }, retryable: true },
    { name: '450 mailbox busy', err: { code: 'EENVELOPE', responseCode: 450 }, retryable: true },
    { name: '451 local error', err: { code: 'EMESSAGE', responseCode: 451 }, retryable: true },
    { name: '452 insufficient storage', err: { code: 'EENVELOPE', responseCode: 452 }, retryable: true },
    { name: '503 bad sequence (a new connection passes)', err: { code: 'EPROTOCOL', responseCode: 503 }, retryable: true },
    { name: '535 authentication failed', err: { code: 'EAUTH', responseCode: 535 }, retryable: false },
    { name: '550 mailbox unavailable', err: { code: 'EMESSAGE', responseCode: 550 }, retryable: false },
    { name: '553 mailbox name not allowed', err: { code: 'EENVELOPE', responseCode: 553 }, retryable: false },
    { name: 'EAUTH without a reply', err: { code: 'EAUTH' }, retryable: false },
    { name: 'ENOAUTH', err: { code: 'ENOAUTH' }, retryable: false },
    { name: 'ECONNECTION', err: { code: 'ECONNECTION' }, retryable: true },
    { name: 'ETIMEDOUT', err: { code: 'ETIMEDOUT' }, retryable: true },
    { name: 'ESOCKET', err: { code: 'ESOCKET' }, retryable: true },
    { name: 'EDNS', err: { code: 'EDNS' }, retryable: true },
    { name: 'ECONNREFUSED', err: { code: 'ECONNREFUSED' }, retryable: true },
    { name: 'ESTREAM', err: { code: 'ESTREAM' }, retryable: true },
    { name: 'EABORT (shutdown)', err: { code: 'EABORT' }, retryable: true },
  ]
  it.each(table)('$name → retryable $retryable', ({ err, retryable }) => {
    const r = classifySmtpError(Object.assign(new Error('failed'), err))
    expect(r).toMatchObject({ ok: false, retryable })
  })

  it('never puts the password, plain or base64, in the reason', () => {
    const b64 = Buffer.from(PASS).toString('base64')
    const r = classifySmtpError(Object.assign(new Error(`Invalid login: 535 ${PASS} ${b64}`), { code: 'EAUTH', responseCode: 535 }), [PASS])
    expect(r).toEqual({ ok: false, retryable: false, reason: 'EAUTH 535: Invalid login: 535 *** ***' })
  })
})

describe('email channel against a relay that requires AUTH (plain loopback)', () => {
  let smtp: SmtpStandIn
  beforeAll(async () => {
    smtp = await startSmtpStandIn({ users: { alice: PASS } })
  })
  afterAll(() => smtp.close())

  it('delivers text and HTML parts, escaped, with the delivery id header and the Message-ID as ref', async () => {
    const alert = hostileAlert()
    const result = await createEmailChannel(config(smtp.port)).send(alert, ctx('delivery-42'))
    const mail = smtp.mails.at(-1)!
    expect(mail.parsed.messageId).toMatch(/^<[^<>]+@example\.com>$/)
    expect(result).toEqual({ ok: true, ref: mail.parsed.messageId })
    expect(mail.user).toBe('alice')
    expect(mail.envelope).toEqual({ from: 'posture@example.com', to: ['security@example.com', 'ops@example.com'] })
    const expected = emailMessage(alert, { subjectPrefix: '[Posture]' })
    expect(mail.parsed.subject).toBe(expected.subject)
    expect(mail.parsed.text?.trim()).toBe(expected.text.trim())
    expect(mail.parsed.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#60;!channel&#62;')
    expect(mail.parsed.html).not.toContain('<script')
    expect(mail.parsed.headers.get('x-posture-delivery')).toBe('delivery-42')
    expect(mail.parsed.from?.value).toEqual([{ address: 'posture@example.com', name: 'Posture' }])
  })

  it.each([
    ['a digest', sampleDigest(AT)],
    ['an overflow notice', sampleOverflow(AT)],
  ])('delivers %s', async (_name, alert) => {
    const before = smtp.mails.length
    expect(await createEmailChannel(config(smtp.port)).send(alert, ctx())).toMatchObject({ ok: true })
    expect(smtp.mails.length).toBe(before + 1)
    expect(smtp.mails.at(-1)!.parsed.subject).toBe(emailMessage(alert, { subjectPrefix: '[Posture]' }).subject)
  })

  it('refuses a wrong password without retrying and without showing it', async () => {
    const before = smtp.mails.length
    const result = await createEmailChannel(config(smtp.port, { pass: 'wrong-password-123' })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: false })
    expect(JSON.stringify(result)).toContain('535')
    expect(JSON.stringify(result)).not.toContain('wrong-password-123')
    expect(smtp.mails.length).toBe(before)
  })

  it('is refused without credentials (530: authentication required), not retried', async () => {
    const result = await createEmailChannel(config(smtp.port, { user: undefined, pass: undefined })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: false })
    expect(JSON.stringify(result)).toContain('530')
  })

  it('counts a message taken for some recipients as delivered, naming the refused ones (a retry would duplicate it)', async () => {
    smtp.failNext(1, 451, 'Temporary local problem, try again later', 'rcpt')
    const result = await createEmailChannel(config(smtp.port)).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: true, detail: 'refused recipients: security@example.com' })
    expect(smtp.mails.at(-1)!.envelope.to).toEqual(['ops@example.com'])
  })

  it('retries a 451 at RCPT, then delivers on the next attempt', async () => {
    const channel = createEmailChannel(config(smtp.port, { to: ['security@example.com'] }))
    const before = smtp.mails.length
    smtp.failNext(1, 451, 'Temporary local problem, try again later', 'rcpt')
    const first = await channel.send(sampleFindingAlert(), ctx())
    expect(first).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(first)).toContain('451')
    expect(smtp.mails.length).toBe(before)
    expect(await channel.send(sampleFindingAlert(), ctx())).toMatchObject({ ok: true })
    expect(smtp.mails.length).toBe(before + 1)
  })

  it('does not retry a 550 after DATA', async () => {
    smtp.failNext(1, 550, 'Mailbox unavailable', 'data')
    const result = await createEmailChannel(config(smtp.port)).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: false })
    expect(JSON.stringify(result)).toContain('550')
  })

  it('fails (not retried) when TLS is required but the relay offers no STARTTLS', async () => {
    const result = await createEmailChannel(config(smtp.port, { requireTls: true })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: false })
    expect(JSON.stringify(result)).toContain('ETLS')
  })
})

describe('email channel over TLS', () => {
  let dir: string
  let good: { key: string; cert: string }
  let other: { key: string; cert: string }
  let starttls: SmtpStandIn
  let implicit: SmtpStandIn
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'posture-smtp-tls-'))
    good = selfSigned(dir, 'relay')
    other = selfSigned(dir, 'other')
    starttls = await startSmtpStandIn({ users: { alice: PASS }, tls: good })
    implicit = await startSmtpStandIn({ users: { alice: PASS }, tls: good, secure: true })
  })
  afterAll(async () => {
    await Promise.all([starttls.close(), implicit.close()])
    rmSync(dir, { recursive: true, force: true })
  })

  it('upgrades with STARTTLS, verifying the relay against the configured CA', async () => {
    const result = await createEmailChannel(config(starttls.port, { requireTls: true, ca: good.cert })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: true })
    expect(starttls.mails.at(-1)).toMatchObject({ secure: true, user: 'alice' })
  })

  it('refuses a relay whose certificate the configured CA did not sign', async () => {
    const before = starttls.mails.length
    const result = await createEmailChannel(config(starttls.port, { requireTls: true, ca: other.cert })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false })
    expect(JSON.stringify(result)).toMatch(/certificate/)
    expect(starttls.mails.length).toBe(before)
  })

  it('speaks TLS from the first byte when secure (port 465 style)', async () => {
    const result = await createEmailChannel(config(implicit.port, { secure: true, ca: good.cert })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: true })
    expect(implicit.mails.at(-1)).toMatchObject({ secure: true, user: 'alice' })
  })
})

describe('email channel when the relay is unreachable', () => {
  let silent: Server
  const sockets: Socket[] = []
  beforeAll(async () => {
    // Accepts connections and never sends the 220 greeting.
    silent = createServer((s) => void sockets.push(s))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
  })

  it('retries when the connection is refused', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const result = await createEmailChannel(config(port)).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(result)).toContain('ECONNREFUSED')
  })

  it('retries when the relay never greets (timeout)', async () => {
    const started = Date.now()
    const result = await createEmailChannel(config((silent.address() as { port: number }).port, { timeoutMs: 200 })).send(sampleFindingAlert(), ctx())
    expect(result).toMatchObject({ ok: false, retryable: true })
    expect(JSON.stringify(result)).toMatch(/ETIMEDOUT|timeout/i)
    expect(Date.now() - started).toBeLessThan(3000)
  })
})
