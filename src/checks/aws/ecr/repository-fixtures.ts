/** Test fixture for ECR repository checks (not a check: the registry loads aws-* files only). */
import { AWS, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A well-configured repository `team/api` in a registry with basic scanning and no rules. */
export const repo = (over: Partial<EcrRepositoryAttributes> = {}) =>
  awsFixture<EcrRepositoryAttributes>(AWS.ecrRepository, {
    repositoryName: 'team/api',
    repositoryUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/team/api',
    imageTagMutability: 'IMMUTABLE',
    scanOnPush: true,
    encryptionType: 'KMS',
    kmsKey: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    policy: null,
    lifecyclePolicy: { ruleCount: 1 },
    registryScanning: { scanType: 'BASIC', rules: [] },
    ...over,
  })
