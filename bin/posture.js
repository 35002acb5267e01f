#!/usr/bin/env node
// Entry point for `npx posture`. Runs the compiled CLI from dist/ when it is up to date with src/ (npm ci builds it
// through the `prepare` script); otherwise, in a development checkout, runs the TypeScript sources through tsx.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const root = fileURLToPath(new URL('..', import.meta.url))
const distMain = join(root, 'dist', 'cli', 'run.js')
const srcMain = join(root, 'src', 'cli', 'run.ts')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

const distFresh = existsSync(distMain) && (!existsSync(srcMain) || statSync(distMain).mtimeMs >= newestMtime(join(root, 'src')))
if (distFresh || !existsSync(srcMain)) {
  await import(distMain)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(srcMain)
}
