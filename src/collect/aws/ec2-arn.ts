/**
 * ARNs of EC2 resources, which DescribeX responses mostly omit. Format documented in the Service Authorization
 * Reference, "Resource types defined by Amazon EC2": arn:${Partition}:ec2:${Region}:${Account}:<kind>/<id>.
 */

/** The ARN partition a region belongs to (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  return 'aws'
}

/** EC2 resource kinds that Posture builds ARNs for. */
export type Ec2ArnKind = 'instance' | 'security-group' | 'network-acl' | 'vpc' | 'subnet' | 'volume' | 'snapshot' | 'image'

/**
 * `arn:<partition>:ec2:<region>:<account>:<kind>/<id>` — the uid of an EC2 resource. AWS writes image and snapshot
 * ARNs with an empty account field; Posture keeps the account in every uid (types.ts) so uids stay unique per owner.
 */
export function ec2Arn(region: string, account: string, kind: Ec2ArnKind, id: string): string {
  return `arn:${partitionOf(region)}:ec2:${region}:${account}:${kind}/${id}`
}
