import { readFileSync } from 'node:fs'

/** Posture's version, read from package.json (same relative path from src/core and dist/core). */
export const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
})()
