/** Vitest global setup for integration tests: make sure a moto server binary exists (installing it once) before any test starts. */
import { ensureMoto } from '../../scripts/lib/moto.js'

/** Resolves (or installs) moto_server so that per-file startMoto() calls only spawn it. */
export default async function setup(): Promise<void> {
  await ensureMoto()
}
