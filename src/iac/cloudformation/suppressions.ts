/**
 * Inline suppressions in a resource's Metadata, the CloudFormation counterpart of `# posture:ignore` in HCL:
 *
 *   Metadata:
 *     posture:
 *       ignore:
 *         - id: aws-s3-bucket-versioning-enabled
 *           reason: logs bucket, objects are write-once
 *
 * A bare check id (`- aws-s3-bucket-versioning-enabled`) is accepted too, but every suppression needs a reason:
 * one without is reported as a problem and not applied.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { Suppression, TemplateError } from './types.js'
import { errorAt, lineAt, type YamlSource } from './yaml-tree.js'

/** Value node of `key` in a mapping node, or undefined. */
export function childOf(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return (pair.value ?? undefined) as Node | undefined
  }
  return undefined
}

/** Reads `Metadata.posture.ignore` of a resource node; malformed entries become problems, never exceptions. */
export function readSuppressions(resource: Node, logicalId: string, src: YamlSource, problems: TemplateError[]): Suppression[] {
  const ignore = childOf(childOf(childOf(resource, 'Metadata'), 'posture'), 'ignore')
  if (ignore === undefined) return []
  if (!isSeq(ignore)) {
    problems.push(errorAt(src, ignore.range?.[0] ?? 0, 'Metadata.posture.ignore must be a list', logicalId))
    return []
  }
  const found: Suppression[] = []
  for (const item of ignore.items) {
    const entry = readEntry(item as Node, logicalId, src, problems)
    if (entry) found.push(entry)
  }
  return found
}

function readEntry(item: Node, logicalId: string, src: YamlSource, problems: TemplateError[]): Suppression | undefined {
  const offset = item.range?.[0] ?? 0
  const line = lineAt(src, offset)
  const idNode = isScalar(item) ? item : childOf(item, 'id')
  const reasonNode = isScalar(item) ? undefined : childOf(item, 'reason')
  const checkId = isScalar(idNode) && typeof idNode.value === 'string' ? idNode.value.trim() : ''
  const reason = isScalar(reasonNode) && typeof reasonNode.value === 'string' ? reasonNode.value.trim() : ''
  if (checkId === '') {
    problems.push(errorAt(src, offset, 'suppression needs a check id (id: <check-id>)', logicalId))
    return undefined
  }
  if (reason === '') {
    problems.push(errorAt(src, offset, `suppression of ${checkId} needs a reason; it is not applied`, logicalId))
    return undefined
  }
  return { checkId, reason, line }
}
