/**
 * Verdict pieces shared by the launch template checks (ec2) and the launch configuration checks (autoscaling): both
 * describe the instances they will launch with the same LaunchSettings. Not a check (the registry loads aws-* files only).
 */
import type { Resource } from '../../../core/resource.js'
import { known, unknown } from '../../../core/unknown.js'
import type { CheckContext } from '../../../evaluate/define-check.js'
import { settingUid, type EbsEncryptionDefaultAttributes, type LaunchSettings, type LaunchTemplateAttributes } from '../../../normalize/aws/types.js'

/** Why the settings allow IMDSv1, or null when they require IMDSv2 or turn the metadata endpoint off. */
export function imdsProblem(s: LaunchSettings): string | null {
  const md = s.metadataOptions
  if (md?.httpEndpoint === 'disabled') return null
  if (md?.httpTokens === 'required') return null
  return md?.httpTokens === 'optional'
    ? 'HttpTokens is "optional" (IMDSv1 allowed)'
    : 'HttpTokens is not set, so IMDSv1 stays allowed unless the AMI or the account default requires tokens'
}

/** Why the settings ask for a public IPv4 address, or null. */
export function publicIpProblem(s: LaunchSettings): string | null {
  return s.associatePublicIp === true ? 'AssociatePublicIpAddress is true' : null
}

/**
 * EBS mappings that will create unencrypted volumes. A mapping without `Encrypted` is encrypted anyway when EBS
 * encryption by default is on in the region (read from the inventory; ERROR when that setting was not collected).
 */
export function unencryptedVolumes(r: Resource<unknown>, s: LaunchSettings, ctx: CheckContext): string[] {
  const out: string[] = []
  for (const v of s.ebsVolumes) {
    if (v.encrypted === true) continue
    if (v.encrypted === null && ebsEncryptionByDefault(r, ctx)) continue
    out.push(`${v.deviceName || 'a volume'} (${v.encrypted === false ? 'Encrypted false' : 'Encrypted not set'})`)
  }
  return out
}

/** The region's EBS-encryption-by-default flag, from the inventory; throws (→ ERROR) when it is not known. */
function ebsEncryptionByDefault(r: Resource<unknown>, ctx: CheckContext): boolean {
  const setting = ctx.inventory.get<EbsEncryptionDefaultAttributes>(settingUid(r.account, r.region, 'ebs-encryption-by-default'))
  const enabled = setting?.attributes.enabled ?? unknown(`EBS encryption by default in ${r.region} was not collected`)
  return known(enabled, `EBS encryption by default in ${r.region}`)
}

/** The template versions launches use (default and latest), each labelled; throws (→ ERROR) when they were not collected. */
export function templateVersions(t: Resource<LaunchTemplateAttributes>): { label: string; settings: LaunchSettings }[] {
  const versions = known(t.attributes.versions, `versions of launch template ${t.attributes.launchTemplateName}`)
  return versions.map((v) => {
    const roles = [
      v.isDefault || v.versionNumber === t.attributes.defaultVersionNumber ? 'default' : '',
      v.versionNumber === t.attributes.latestVersionNumber ? 'latest' : '',
    ]
      .filter(Boolean)
      .join(', ')
    return { label: `version ${v.versionNumber}${roles ? ` (${roles})` : ''}`, settings: v }
  })
}

/** Problems found in each version, as "version 2 (latest): <problem>"; empty when every version is fine. */
export function versionProblems(t: Resource<LaunchTemplateAttributes>, problem: (s: LaunchSettings) => string | null): string[] {
  return templateVersions(t).flatMap(({ label, settings }) => {
    const p = problem(settings)
    return p ? [`${label}: ${p}`] : []
  })
}
