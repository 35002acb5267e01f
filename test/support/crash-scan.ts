/**
 * Child process for the store suite's "killed mid-way" case: opens the store at argv[2], begins a scan and kills
 * itself with SIGKILL in the middle of finishScan's transaction (after some inventory rows were written), the way
 * an OOM kill or `kill -9` would end a real scan. Run with `node --import tsx test/support/crash-scan.ts LOCATION`.
 */
import { randomUUID } from 'node:crypto'
import { openStore } from '../../src/store/open.js'
import { ACCOUNT, volume } from './scan-fixtures.js'

/** Resources before the one that kills the process: more than one insert chunk (200), so some rows are written. */
const BEFORE_KILL = 450

const store = await openStore(process.argv[2])
const regions = ['us-east-1']
const begun = await store.beginScan({
  id: randomUUID(),
  provider: 'aws',
  target: `aws:${ACCOUNT}`,
  startedAt: process.argv[3] ?? new Date().toISOString(),
  regions,
})
const resources = Array.from({ length: BEFORE_KILL + 1 }, (_, i) => volume(`vol-crash-${i}`, true))
// toJSON runs when the store serializes the resource body inside the transaction; non-enumerable, so the content
// hash (which walks own enumerable keys) does not see it.
Object.defineProperty(resources[BEFORE_KILL], 'toJSON', {
  enumerable: false,
  value: () => process.kill(process.pid, 'SIGKILL'),
})
console.log(`begun ${begun.seq}`)
await store.finishScan(
  begun.seq,
  {
    status: 'complete',
    finishedAt: new Date().toISOString(),
    accounts: [ACCOUNT],
    regions,
    stats: null,
    resources,
    collectionErrors: [],
    findings: [],
  },
  { provider: 'aws', accounts: [ACCOUNT], regions },
)
// Not reached: the kill above ends the process inside the transaction.
process.exit(3)
