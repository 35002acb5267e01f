import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/moto.js'

/** What a CLI run produced. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `node bin/posture.js ARGS` as a child process with extra environment (e.g. POSTURE_HOME, POSTURE_CONFIG, emulator
 * credentials); resolves with exit code and output, never rejects on a non-zero exit.
 */
export function runPosture(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 110_000): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'posture.js'), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (err, stdout, stderr) => done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    )
  })
}
