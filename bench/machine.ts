/** The machine a benchmark ran on, for docs/benchmarks.md (shared by bench/run.ts and bench/store.ts). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** CPU model, cores, RAM, Node version and date. */
export function machine(): { cpu: string; cores: number; ramGiB: number; node: string; date: string } {
  let cpu = cpus()[0]?.model ?? 'unknown'
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu
  } catch {
    // Not Linux: keep os.cpus()'s model name.
  }
  return { cpu, cores: cpus().length, ramGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString().slice(0, 10) }
}

/** One line describing the machine, e.g. "AMD EPYC, 2 cores, 24 GiB RAM; Node v20.20.2; 2026-11-22". */
export function machineLine(): string {
  const m = machine()
  return `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; Node ${m.node}; ${m.date}`
}

/** docs/benchmarks.md, which every benchmark writes its own marked section of. */
export const BENCHMARKS_DOC = join(fileURLToPath(new URL('..', import.meta.url)), 'docs', 'benchmarks.md')

/** Replaces the section between `start` and `end` markers in docs/benchmarks.md (or appends it), keeping the rest. */
export function writeDocSection(start: string, end: string, section: string): void {
  const doc = existsSync(BENCHMARKS_DOC) ? readFileSync(BENCHMARKS_DOC, 'utf8') : '# Benchmarks\n'
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  const next = from >= 0 && to > from ? doc.slice(0, from) + section + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${section}\n`
  writeFileSync(BENCHMARKS_DOC, next)
}
