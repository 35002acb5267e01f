/**
 * Normalized types for ELB (classic), ELBv2 (ALB/NLB), CloudFront, WAFv2, ACM. Type ids are merged into `AWS` in types.ts; import shared shapes from
 * './types.js' with `import type` only (types.ts re-exports this file, so a value import would be a cycle).
 */
import type { Maybe } from '../../core/unknown.js'

/** Resource type ids of this group. */
export const EDGE_TYPES = {
  elbLoadBalancer: 'aws.elb.load-balancer',
  elbv2LoadBalancer: 'aws.elbv2.load-balancer',
  cloudfrontDistribution: 'aws.cloudfront.distribution',
  wafv2WebAcl: 'aws.wafv2.web-acl',
  acmCertificate: 'aws.acm.certificate',
} as const

// ---------------------------------------------------------------- ELB (classic)

/** One classic load balancer listener (DescribeLoadBalancers ListenerDescriptions). Protocols are upper case. */
export interface ElbListener {
  /** 'HTTP' | 'HTTPS' | 'TCP' | 'SSL'. */
  protocol: string
  port: number
  instanceProtocol: string
  instancePort: number
  /** ACM or IAM certificate ARN of HTTPS/SSL listeners; null otherwise. */
  sslCertificateId: string | null
  /** Policies applied to the listener (the SSL negotiation policy of HTTPS/SSL listeners among them). */
  policyNames: string[]
}

/** An SSL negotiation policy of a classic load balancer (DescribeLoadBalancerPolicies, type SSLNegotiationPolicyType). */
export interface ElbSslNegotiationPolicy {
  policyName: string
  /** The predefined policy it was created from (attribute Reference-Security-Policy); null if not reported. */
  referenceSecurityPolicy: string | null
  /** Protocols switched on by the policy's Protocol-* attributes ('SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'). */
  enabledProtocols: string[]
  /** True when the policy reported any Protocol-* attribute (AWS reports them all; some emulators none). */
  protocolsReported: boolean
}

/**
 * aws.elb.load-balancer — uid `arn:<partition>:elasticloadbalancing:<region>:<acct>:loadbalancer/<name>`.
 * Relations: 'uses-security-group' → security group ARN, 'uses-certificate' → certificate ARN.
 */
export interface ElbLoadBalancerAttributes {
  loadBalancerName: string
  dnsName: string
  /** 'internet-facing' | 'internal'. */
  scheme: string
  vpcId: string | null
  securityGroupIds: string[]
  listeners: ElbListener[]
  /** DescribeLoadBalancerAttributes AccessLog.Enabled. */
  accessLogsEnabled: Maybe<boolean>
  /** DescribeLoadBalancerAttributes CrossZoneLoadBalancing.Enabled. */
  crossZoneLoadBalancing: Maybe<boolean>
  /** DescribeLoadBalancerAttributes ConnectionDraining.Enabled. */
  connectionDraining: Maybe<boolean>
  /** AdditionalAttributes elb.http.desyncmitigationmode ('monitor' | 'defensive' | 'strictest'); null = not reported (AWS default defensive). */
  desyncMitigationMode: Maybe<string | null>
  /** SSL negotiation policies defined on the load balancer (DescribeLoadBalancerPolicies). */
  sslNegotiationPolicies: Maybe<ElbSslNegotiationPolicy[]>
}

// ---------------------------------------------------------------- ELBv2 (ALB / NLB / GWLB)

/** One ELBv2 listener (DescribeListeners). */
export interface Elbv2Listener {
  listenerArn: string
  /** 'HTTP' | 'HTTPS' | 'TCP' | 'TLS' | 'UDP' | 'TCP_UDP' | 'GENEVE' | 'QUIC' | 'TCP_QUIC'. */
  protocol: string
  port: number
  /** Security policy of HTTPS and TLS listeners; null otherwise. */
  sslPolicy: string | null
  certificateArns: string[]
  /** Types of the default actions ('forward', 'redirect', 'fixed-response', 'authenticate-oidc', ...). */
  defaultActionTypes: string[]
  /** The default action redirects to HTTPS (a 'redirect' action whose protocol is HTTPS). */
  redirectsToHttps: boolean
}

/**
 * aws.elbv2.load-balancer — uid = LoadBalancerArn. Relations: 'uses-security-group' → security group ARN,
 * 'uses-certificate' → certificate ARN, 'protected-by' → WAFv2 web ACL ARN.
 */
export interface Elbv2LoadBalancerAttributes {
  loadBalancerName: string
  dnsName: string
  /** 'application' | 'network' | 'gateway'. */
  type: string
  /** 'internet-facing' | 'internal'. */
  scheme: string
  vpcId: string | null
  securityGroupIds: string[]
  /** DescribeListeners. */
  listeners: Maybe<Elbv2Listener[]>
  /** access_logs.s3.enabled (absent = false, the default). */
  accessLogsEnabled: Maybe<boolean>
  /** deletion_protection.enabled (absent = false, the default). */
  deletionProtection: Maybe<boolean>
  /** ALB routing.http.drop_invalid_header_fields.enabled (absent = false, the default); null for other types. */
  dropInvalidHeaderFields: Maybe<boolean | null>
  /** ALB routing.http.desync_mitigation_mode; null = not reported (AWS default defensive) or not an ALB. */
  desyncMitigationMode: Maybe<string | null>
  /** ALB only: ARN of the associated WAFv2 web ACL (GetWebACLForResource); null = none or not an ALB. */
  webAclArn: Maybe<string | null>
}

// ---------------------------------------------------------------- CloudFront

/** A cache behavior: the default one has pathPattern '*' and comes first. */
export interface CloudFrontCacheBehavior {
  pathPattern: string
  targetOriginId: string
  /** 'allow-all' | 'https-only' | 'redirect-to-https'. */
  viewerProtocolPolicy: string
}

/** A distribution origin. */
export interface CloudFrontOrigin {
  id: string
  domainName: string
  /**
   * 's3' = S3 REST endpoint (S3OriginConfig), 's3-website' = S3 static website endpoint (custom origin that needs a
   * public bucket), 'custom' = any other custom origin, 'vpc' = VPC origin.
   */
  kind: 's3' | 's3-website' | 'custom' | 'vpc'
  /** Custom origins: 'http-only' | 'match-viewer' | 'https-only'; null for others. */
  originProtocolPolicy: string | null
  /** Custom origins: protocols CloudFront may use towards the origin ('SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'). */
  originSslProtocols: string[]
  /** S3 origins: 'origin-access-identity/cloudfront/<id>'; null = none. */
  originAccessIdentity: string | null
  /** Origin access control id; null = none. */
  originAccessControlId: string | null
}

/** aws.cloudfront.distribution — uid = distribution ARN, region 'global'. Relations: 'protected-by' → web ACL, 'uses-certificate'. */
export interface CloudFrontDistributionAttributes {
  distributionId: string
  /** The distribution's own domain, e.g. d111111abcdef8.cloudfront.net. */
  domainName: string
  /** Alternate domain names (CNAMEs). */
  aliases: string[]
  enabled: boolean
  /** Default cache behavior first, then the others in order. */
  cacheBehaviors: CloudFrontCacheBehavior[]
  origins: CloudFrontOrigin[]
  viewerCertificate: {
    cloudFrontDefaultCertificate: boolean
    acmCertificateArn: string | null
    iamCertificateId: string | null
    /** e.g. 'TLSv1', 'TLSv1.2_2021'; null if not reported. */
    minimumProtocolVersion: string | null
  }
  /** WebACLId: a WAFv2 web ACL ARN (or a WAF Classic id); null = none. */
  webAclId: string | null
  /** GetDistributionConfig Logging (standard logging, legacy); null = off. */
  logging: Maybe<{ bucket: string; prefix: string } | null>
  /** GetDistributionConfig DefaultRootObject; null = not set. */
  defaultRootObject: Maybe<string | null>
}

// ---------------------------------------------------------------- WAFv2

/** One rule of a web ACL. */
export interface Wafv2Rule {
  name: string
  priority: number
  /** 'managed-rule-group' | 'rule-group' | 'rule' | 'firewall-manager-rule-group'. */
  kind: string
  metricsEnabled: boolean
}

/**
 * aws.wafv2.web-acl — uid = web ACL ARN. Regional ACLs are collected per region; CloudFront ACLs (scope CLOUDFRONT)
 * only in us-east-1, where their API lives.
 */
export interface Wafv2WebAclAttributes {
  name: string
  id: string
  scope: 'REGIONAL' | 'CLOUDFRONT'
  /** GetWebACL DefaultAction: 'ALLOW' | 'BLOCK'. */
  defaultAction: Maybe<'ALLOW' | 'BLOCK'>
  /** GetWebACL Rules plus Firewall Manager pre/post-process rule groups. */
  rules: Maybe<Wafv2Rule[]>
  /** GetWebACL VisibilityConfig.CloudWatchMetricsEnabled of the web ACL itself. */
  metricsEnabled: Maybe<boolean>
  /** GetLoggingConfiguration; null = logging not configured. */
  logging: Maybe<{ destinations: string[] } | null>
}

// ---------------------------------------------------------------- ACM

/** aws.acm.certificate — uid = certificate ARN. */
export interface AcmCertificateAttributes {
  domainName: string
  /** 'AMAZON_ISSUED' | 'IMPORTED' | 'PRIVATE'. */
  certificateType: string
  /** 'PENDING_VALIDATION' | 'ISSUED' | 'INACTIVE' | 'EXPIRED' | 'VALIDATION_TIMED_OUT' | 'REVOKED' | 'FAILED'. */
  status: string
  /** e.g. 'RSA_2048', 'EC_prime256v1'; null if not reported. */
  keyAlgorithm: string | null
  /** Expiry as ISO-8601; null before issuance. */
  notAfter: string | null
  /** DescribeCertificate InUseBy: ARNs of the load balancers, distributions, ... using it. */
  inUseBy: Maybe<string[]>
  /** DescribeCertificate Options.CertificateTransparencyLoggingPreference; null if not reported. */
  transparencyLogging: Maybe<'ENABLED' | 'DISABLED' | null>
}
