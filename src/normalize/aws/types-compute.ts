/**
 * Normalized types for Auto Scaling, EC2 launch templates, Lambda, ECR. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */

/** Resource type ids of this group. */
export const COMPUTE_TYPES = {} as const
