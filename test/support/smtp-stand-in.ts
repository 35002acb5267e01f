/**
 * A real SMTP server on 127.0.0.1 (smtp-server) standing in for a mail relay in tests: it checks credentials like a
 * relay that requires AUTH, offers STARTTLS or implicit TLS with a given certificate, parses every accepted mail
 * (mailparser) and records it, and can be told to reject the next messages with an SMTP reply code.
 */
import type { AddressInfo, Server as NetServer } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerEnvelope, type SMTPServerSession } from 'smtp-server'

/** A mail the stand-in accepted. */
export interface RecordedMail {
  envelope: { from: string | undefined; to: string[] }
  /** The user that authenticated, when AUTH was used. */
  user: string | undefined
  /** Whether the session was encrypted (implicit TLS or STARTTLS) when the mail was sent. */
  secure: boolean
  /** The raw message as received. */
  raw: string
  parsed: ParsedMail
}

/** Where a forced failure is answered: after RCPT TO (the recipient is refused) or after DATA (the message is). */
export type FailStage = 'rcpt' | 'data'

/** Options of the stand-in. */
export interface SmtpStandInOptions {
  /** user → password; when given, AUTH (PLAIN or LOGIN) is required before MAIL FROM. */
  users?: Record<string, string>
  /** PEM key and certificate: STARTTLS is offered with them (or used from the first byte when `secure`). */
  tls?: { key: string; cert: string }
  /** Implicit TLS (SMTPS, port 465 style); needs `tls`. */
  secure?: boolean
}

/** A running SMTP stand-in. */
export interface SmtpStandIn {
  readonly port: number
  /** Accepted mails, in order. */
  readonly mails: RecordedMail[]
  /** The next `n` messages are refused with `code` and `message` at `stage` (default: after DATA). */
  failNext(n: number, code: number, message: string, stage?: FailStage): void
  close(): Promise<void>
}

function envelopeOf(e: SMTPServerEnvelope): RecordedMail['envelope'] {
  return { from: e.mailFrom ? e.mailFrom.address : undefined, to: e.rcptTo.map((r) => r.address) }
}

/** An error smtp-server answers with the given reply code. */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code })
}

/** Starts an SMTP stand-in on a free 127.0.0.1 port. */
export async function startSmtpStandIn(options: SmtpStandInOptions = {}): Promise<SmtpStandIn> {
  const mails: RecordedMail[] = []
  const failures: { code: number; message: string; stage: FailStage }[] = []
  const takeFailure = (stage: FailStage): Error | undefined => {
    if (failures[0]?.stage !== stage) return undefined
    const f = failures.shift()!
    return smtpError(f.code, f.message)
  }
  const users = options.users
  const server = new SMTPServer({
    secure: options.secure ?? false,
    ...(options.tls ? { key: options.tls.key, cert: options.tls.cert } : {}),
    authOptional: !users,
    authMethods: ['PLAIN', 'LOGIN'],
    // AUTH over plain TCP only when the test runs without TLS; with TLS a client must upgrade first, like a real relay.
    allowInsecureAuth: !options.tls,
    // Without a certificate of ours, smtp-server would answer STARTTLS with its built-in (expired) one: a plain
    // stand-in must not offer it at all, like a relay without TLS.
    disabledCommands: [...(users ? [] : ['AUTH']), ...(options.tls ? [] : ['STARTTLS'])],
    closeTimeout: 100,
    logger: false,
    onAuth(auth, _session, callback) {
      const ok = users !== undefined && auth.username !== undefined && users[auth.username] === auth.password
      if (ok) callback(null, { user: auth.username })
      else callback(smtpError(535, 'Authentication credentials invalid'))
    },
    onRcptTo(_address, _session, callback) {
      callback(takeFailure('rcpt'))
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const failure = takeFailure('data')
        if (failure) return callback(failure)
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw).then(
          (parsed) => {
            mails.push({ envelope: envelopeOf(session.envelope), user: session.user as string | undefined, secure: session.secure, raw, parsed })
            callback()
          },
          (err: Error) => callback(smtpError(554, `unparseable message: ${err.message}`)),
        )
      })
    },
  })
  // Client errors (a refused certificate, a dropped connection) are part of the tests, not failures of the server.
  server.on('error', () => undefined)
  // smtp-server's declarations use a default import of node:net that this tsconfig cannot type; hence the casts.
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = (server.server as unknown as NetServer).address() as AddressInfo
  return {
    port,
    mails,
    failNext(n, code, message, stage = 'data') {
      for (let i = 0; i < n; i++) failures.push({ code, message, stage })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
