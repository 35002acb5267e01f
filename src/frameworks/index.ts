import { CIS_AWS_7_0 } from './cis-aws-7.0.js'
import type { Framework } from './types.js'

/** Every framework version Posture ships. */
export const FRAMEWORKS: readonly Framework[] = [CIS_AWS_7_0]
