/** The machine a benchmark ran on, for docs/benchmarks.md (shared by bench/run.ts and bench/store.ts). */
import { readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

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
