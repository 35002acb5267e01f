/**
 * Normalized types for ELB (classic), ELBv2 (ALB/NLB), CloudFront, WAFv2, ACM. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */

/** Resource type ids of this group. */
export const EDGE_TYPES = {} as const
