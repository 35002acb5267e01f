import type { Resource } from '../../core/resource.js'
import type { SsmRaw } from '../../collect/aws/ssm.js'
import { partitionOf } from '../../collect/aws/ec2-arn.js'
import { AWS, settingUid, type SsmDocumentAttributes, type SsmDocumentSharingSettingAttributes, type SsmParameterAttributes } from './types.js'
import { awsResource, iso, maybe, tagsOf, type NormalizeScope } from './helpers.js'

/** `arn:<partition>:ssm:<region>:<acct>:<kind>/<name>`; parameter names that start with '/' keep a single slash. */
function ssmArn(scope: NormalizeScope, kind: 'document' | 'parameter', name: string): string {
  return `arn:${partitionOf(scope.region)}:ssm:${scope.region}:${scope.account}:${kind}/${name.replace(/^\//, '')}`
}

/** SSM documents, parameters and the region's public-sharing setting (always emitted). Parameter values are never read. */
export function normalizeSsm(raw: SsmRaw, scope: NormalizeScope): Resource[] {
  const documents = raw.documents.map(({ document, sharedWith }) => {
    const name = document.Name ?? 'document'
    return awsResource<SsmDocumentAttributes>({
      uid: ssmArn(scope, 'document', name),
      type: AWS.ssmDocument,
      account: scope.account,
      region: scope.region,
      name,
      tags: tagsOf(document.Tags),
      attributes: {
        documentName: name,
        documentType: document.DocumentType ?? null,
        sharedWith: maybe(sharedWith, 'ssm:DescribeDocumentPermission') ?? [],
      },
    })
  })
  const parameters = raw.parameters.map((p) => {
    const name = p.Name ?? 'parameter'
    return awsResource<SsmParameterAttributes>({
      uid: p.ARN ?? ssmArn(scope, 'parameter', name),
      type: AWS.ssmParameter,
      account: scope.account,
      region: scope.region,
      name,
      attributes: {
        parameterName: name,
        parameterType: p.Type ?? 'String',
        keyId: p.Type === 'SecureString' ? (p.KeyId ?? 'alias/aws/ssm') : null,
        lastModifiedDate: iso(p.LastModifiedDate),
      },
    })
  })
  const setting = awsResource<SsmDocumentSharingSettingAttributes>({
    uid: settingUid(scope.account, scope.region, 'ssm-document-public-sharing'),
    type: AWS.ssmDocumentSharingSetting,
    account: scope.account,
    region: scope.region,
    name: 'ssm-document-public-sharing',
    // No value returned means the default, which is Enable (SSM user guide, "Block public sharing for SSM documents").
    attributes: { publicSharingPermission: maybe(raw.publicSharing, 'ssm:GetServiceSetting') ?? 'Enable' },
  })
  return [...documents, ...parameters, setting]
}
