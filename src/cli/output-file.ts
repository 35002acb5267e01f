import { writeFileSync } from 'node:fs'
import { PostureError } from '../core/errors.js'

/** Writes an output file, turning an unwritable path into one clear line (exit 2) instead of a stack trace. */
export function writeOutputFile(path: string, content: string): void {
  try {
    writeFileSync(path, content)
  } catch (err) {
    throw new PostureError(
      'POSTURE_ERR_OUTPUT',
      `Cannot write ${path}: ${(err as Error).message}`,
      'Check that the directory exists and is writable.',
      { cause: err },
    )
  }
}
