/** Test fixtures for EKS checks (not a check: no `aws-` prefix). */
import { AWS, type EksClusterAttributes, type EksNodegroupAttributes } from '../../../normalize/aws/types.js'
import { awsFixture } from '../../_shared/testing.js'

/** A cluster that passes every cluster check (at TEST_NOW, 2026-06-01). */
export const cluster = (attrs: Partial<EksClusterAttributes> = {}) =>
  awsFixture<EksClusterAttributes>(
    AWS.eksCluster,
    {
      clusterName: 'prod',
      version: '1.34',
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: [],
      secretsKmsKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
      ...attrs,
    },
    { name: 'prod', uid: 'arn:aws:eks:us-east-1:111122223333:cluster/prod' },
  )

export const nodegroup = (attrs: Partial<EksNodegroupAttributes> = {}) =>
  awsFixture<EksNodegroupAttributes>(
    AWS.eksNodegroup,
    { nodegroupName: 'workers', clusterName: 'prod', remoteAccess: null, ...attrs },
    { name: 'prod/workers', uid: 'arn:aws:eks:us-east-1:111122223333:nodegroup/prod/workers/0ec1f2a3-1111-2222-3333-444455556666' },
  )
