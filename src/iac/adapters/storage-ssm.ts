/**
 * Systems Manager from code: parameters (Terraform `aws_ssm_parameter`, CloudFormation `AWS::SSM::Parameter`, which
 * cannot create SecureString parameters), documents (`aws_ssm_document` with its `permissions` share list,
 * `AWS::SSM::Document`, which cannot share) and the document public-sharing service setting
 * (`aws_ssm_service_setting` for /ssm/documents/console/public-sharing-permission; CloudFormation has no resource
 * for service settings). A SecureString without a key uses the AWS managed key alias/aws/ssm
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html).
 */
import { isUnknown } from '../../core/unknown.js'
import { AWS, type SsmDocumentAttributes, type SsmDocumentSharingSettingAttributes, type SsmParameterAttributes } from '../../normalize/aws/types.js'
import type { AdaptContext, AdaptedResource, Adapter, IacResource } from '../model.js'
import { keyLabel, kmsKeyRef, kmsRelations, literalName } from './storage-common.js'
import { block, cfnTags, obj, str, tfTags, withUnknowns } from './values.js'

const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission'

function parameter(
  ctx: AdaptContext,
  fields: { name: string; type: unknown; key: unknown; tags: Record<string, string> },
): AdaptedResource<SsmParameterAttributes>[] {
  const type = str(fields.type, 'String')
  const secure = type === 'SecureString'
  const key = secure ? kmsKeyRef(fields.key ?? 'alias/aws/ssm', ctx) : { ref: null }
  const attributes = withUnknowns<SsmParameterAttributes>(
    {
      parameterName: fields.name,
      parameterType: isUnknown(type) ? '' : type,
      keyId: keyLabel(key.ref),
      // Set by every PutParameter; not a fact of the code (and read by no check).
      lastModifiedDate: null,
    },
    isUnknown(type) ? { parameterType: type } : {},
  )
  return [{ type: AWS.ssmParameter, name: fields.name, tags: fields.tags, attributes, relations: kmsRelations(key) }]
}

function tfParameter(r: IacResource, ctx: AdaptContext): AdaptedResource<SsmParameterAttributes>[] {
  const v = r.values
  return parameter(ctx, { name: literalName(v, 'name', r).name, type: v.type, key: v.key_id, tags: tfTags(v) })
}

/**
 * Without Name, CloudFormation names the parameter from the stack name, logical id and a random suffix; the
 * logical id stands for it, as it is the part of the generated name that describes the value.
 */
function cfnParameter(r: IacResource, ctx: AdaptContext): AdaptedResource<SsmParameterAttributes>[] {
  const v = r.values
  return parameter(ctx, { name: literalName(v, 'Name', r).name, type: v.Type, key: undefined, tags: cfnTags(v) })
}

/** Terraform `permissions = { type = "Share", account_ids = "all" | "111122223333,444455556666" }` (a map). */
function tfSharedWith(v: Readonly<Record<string, unknown>>): SsmDocumentAttributes['sharedWith'] {
  const raw = v.permissions
  const permissions = Array.isArray(raw) ? block(v, 'permissions') : obj(raw)
  if (isUnknown(permissions)) return permissions
  if (!permissions) return []
  const ids = str(permissions.account_ids, '')
  if (isUnknown(ids)) return ids
  return ids
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
}

function tfDocument(r: IacResource): AdaptedResource<SsmDocumentAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'name', r)
  const type = str(v.document_type, null)
  const attributes: SsmDocumentAttributes = { documentName: name, documentType: isUnknown(type) ? null : type, sharedWith: tfSharedWith(v) }
  return [{ type: AWS.ssmDocument, name, tags: tfTags(v), attributes }]
}

/** CloudFormation cannot share a document; one created from a template is shared with no one. */
function cfnDocument(r: IacResource): AdaptedResource<SsmDocumentAttributes>[] {
  const v = r.values
  const { name } = literalName(v, 'Name', r)
  const type = str(v.DocumentType, 'Command')
  const attributes: SsmDocumentAttributes = { documentName: name, documentType: isUnknown(type) ? null : type, sharedWith: [] }
  return [{ type: AWS.ssmDocument, name, tags: cfnTags(v), attributes }]
}

/** Only the public-sharing setting maps to a normalized type; other service settings produce nothing. */
function tfServiceSetting(r: IacResource): AdaptedResource<SsmDocumentSharingSettingAttributes>[] {
  const id = str(r.values.setting_id, null)
  if (typeof id !== 'string' || !id.endsWith(PUBLIC_SHARING_SETTING)) return []
  const value = str(r.values.setting_value, null)
  const publicSharingPermission = value === null ? 'Enable' : value
  return [{ type: AWS.ssmDocumentSharingSetting, name: 'ssm-document-public-sharing', attributes: { publicSharingPermission } }]
}

/** SSM adapters (Terraform and CloudFormation). */
export const ssmAdapters: Adapter[] = [
  { language: 'terraform', types: ['aws_ssm_parameter'], produces: [AWS.ssmParameter], adapt: tfParameter },
  { language: 'terraform', types: ['aws_ssm_document'], produces: [AWS.ssmDocument], adapt: tfDocument },
  { language: 'terraform', types: ['aws_ssm_service_setting'], produces: [AWS.ssmDocumentSharingSetting], adapt: tfServiceSetting },
  { language: 'cloudformation', types: ['AWS::SSM::Parameter'], produces: [AWS.ssmParameter], adapt: cfnParameter },
  { language: 'cloudformation', types: ['AWS::SSM::Document'], produces: [AWS.ssmDocument], adapt: cfnDocument },
]
