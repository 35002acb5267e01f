import type { Resource } from '../../core/resource.js'
import { unknown } from '../../core/unknown.js'
import type { AccessanalyzerRaw } from '../../collect/aws/accessanalyzer.js'
import { AWS, settingUid, type AccessAnalyzersAttributes } from './types.js'
import { awsResource, type NormalizeScope } from './helpers.js'

/**
 * IAM Access Analyzer raw data → one aws.accessanalyzer.analyzers per region, always emitted: an empty list means no
 * analyzer (checks fail), an Unknown list means ListAnalyzers failed (checks report ERROR).
 */
export function normalizeAccessanalyzer(raw: AccessanalyzerRaw, scope: NormalizeScope): Resource<AccessAnalyzersAttributes>[] {
  const list = raw.analyzers
  return [
    awsResource<AccessAnalyzersAttributes>({
      uid: settingUid(scope.account, scope.region, 'access-analyzers'),
      type: AWS.accessAnalyzers,
      account: scope.account,
      region: scope.region,
      name: 'access-analyzers',
      attributes: {
        analyzers: list.ok
          ? list.value.map((a) => ({ name: a.name ?? '', arn: a.arn ?? '', type: a.type ?? 'UNKNOWN', status: a.status ?? 'UNKNOWN' }))
          : unknown(`access-analyzer:ListAnalyzers: ${list.reason}`),
      },
    }),
  ]
}
