/**
 * Demo estate, compute part: EC2 user data, launch templates, Auto Scaling launch configurations and groups, Lambda
 * functions (first region) and ECR repositories (second region), each misconfigured one next to a correct twin.
 */
import { crc32 } from 'node:zlib'
import { EC2Client, CreateLaunchTemplateCommand, CreateSubnetCommand, CreateVpcCommand, RunInstancesCommand } from '@aws-sdk/client-ec2'
import {
  AutoScalingClient,
  CreateAutoScalingGroupCommand,
  CreateLaunchConfigurationCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
} from '@aws-sdk/client-auto-scaling'
import { ElasticLoadBalancingV2Client, CreateTargetGroupCommand } from '@aws-sdk/client-elastic-load-balancing-v2'
import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam'
import {
  LambdaClient,
  AddPermissionCommand,
  CreateFunctionCommand,
  CreateFunctionUrlConfigCommand,
  PutFunctionEventInvokeConfigCommand,
} from '@aws-sdk/client-lambda'
import { ECRClient, CreateRepositoryCommand, PutLifecyclePolicyCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr'
import type { SeedContext } from './seed-demo.js'

/** Any AMI id works on the emulator; this one exists in moto's bundled Amazon image list. */
const BASE_AMI = 'ami-03cf127a'
/** AWS's documented example access key id (matches the access key pattern, belongs to nobody), assembled so the repository holds no token-shaped string. */
const EXAMPLE_KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('')

const b64 = (text: string): string => Buffer.from(text).toString('base64')
const LEAKY_USER_DATA = b64(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${EXAMPLE_KEY_ID}\naws s3 sync s3://demo-artifacts /opt/app\n`)
const CLEAN_USER_DATA = b64('#!/bin/bash\nyum install -y nginx\nsystemctl enable --now nginx\n')

/** A .zip archive with one stored (uncompressed) file, enough for CreateFunction. */
function zipOf(name: string, content: string): Uint8Array {
  const data = Buffer.from(content)
  const file = Buffer.from(name)
  const crc = crc32(data)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(data.length, 22)
  local.writeUInt16LE(file.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(data.length, 20)
  central.writeUInt32LE(data.length, 24)
  central.writeUInt16LE(file.length, 28)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + file.length, 12)
  end.writeUInt32LE(local.length + file.length + data.length, 16)
  return Buffer.concat([local, file, data, central, file, end])
}

/** Two instances: user data with an access key id vs clean user data. */
async function instances(ctx: SeedContext, region: string, ec2: EC2Client): Promise<void> {
  const run = async (name: string, userData: string): Promise<string> => {
    const out = await ec2.send(
      new RunInstancesCommand({
        ImageId: BASE_AMI,
        InstanceType: 't3.micro',
        MinCount: 1,
        MaxCount: 1,
        UserData: userData,
        MetadataOptions: { HttpTokens: 'required' },
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: name }] }],
      }),
    )
    return `arn:aws:ec2:${region}:${ctx.manifest.account}:instance/${out.Instances![0]!.InstanceId!}`
  }
  const [leaky, clean] = await Promise.all([run('batch-worker', LEAKY_USER_DATA), run('web-frontend', CLEAN_USER_DATA)])
  ctx.count(2)
  ctx.fail('aws-ec2-instance-user-data-no-secrets', leaky, 'batch-worker', 'user data exports an AWS access key id')
  ctx.ok('aws-ec2-instance-user-data-no-secrets', clean, 'web-frontend', 'user data installs nginx only')
}

/** Two launch templates: IMDSv1, public IP, unencrypted volume and a key in user data vs the hardened twin. */
async function launchTemplates(ctx: SeedContext, region: string, ec2: EC2Client): Promise<{ hardenedId: string }> {
  const create = async (name: string, bad: boolean): Promise<{ id: string; uid: string }> => {
    const out = await ec2.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: name,
        LaunchTemplateData: {
          ImageId: BASE_AMI,
          InstanceType: 't3.micro',
          MetadataOptions: { HttpTokens: bad ? 'optional' : 'required', HttpEndpoint: 'enabled' },
          NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: bad }],
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: !bad } }],
          UserData: bad ? LEAKY_USER_DATA : CLEAN_USER_DATA,
        },
      }),
    )
    const id = out.LaunchTemplate!.LaunchTemplateId!
    return { id, uid: `arn:aws:ec2:${region}:${ctx.manifest.account}:launch-template/${id}` }
  }
  const [bad, good] = await Promise.all([create('web-legacy-template', true), create('web-hardened-template', false)])
  ctx.count(2)
  const pairs: [string, string, string][] = [
    ['aws-ec2-launch-template-imdsv2-required', 'HttpTokens optional', 'HttpTokens required'],
    ['aws-ec2-launch-template-no-public-ip', 'AssociatePublicIpAddress true', 'AssociatePublicIpAddress false'],
    ['aws-ec2-launch-template-ebs-encrypted', 'EBS Encrypted false', 'EBS Encrypted true'],
    ['aws-ec2-launch-template-user-data-no-secrets', 'user data exports an AWS access key id', 'clean user data'],
  ]
  for (const [check, whyBad, whyGood] of pairs) {
    ctx.fail(check, bad.uid, 'web-legacy-template', whyBad)
    ctx.ok(check, good.uid, 'web-hardened-template', whyGood)
  }
  return { hardenedId: good.id }
}

/** Launch configurations and groups: legacy (launch configuration, one zone, EC2 health checks behind a target group) vs modern. */
async function autoScaling(ctx: SeedContext, region: string, ec2: EC2Client, hardenedTemplateId: string): Promise<void> {
  const asg = new AutoScalingClient(ctx.config(region))
  const elb = new ElasticLoadBalancingV2Client(ctx.config(region))
  try {
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }))
    const vpcId = vpc.Vpc!.VpcId!
    const [subnetA, subnetB, tg] = await Promise.all([
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.1.0/24', AvailabilityZone: `${region}a` })),
      ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.20.2.0/24', AvailabilityZone: `${region}b` })),
      elb.send(new CreateTargetGroupCommand({ Name: 'web-tg', Protocol: 'HTTP', Port: 80, VpcId: vpcId, TargetType: 'instance' })),
    ])
    const a = subnetA.Subnet!.SubnetId!
    const b = subnetB.Subnet!.SubnetId!
    const tgArn = tg.TargetGroups![0]!.TargetGroupArn!
    const lc = (name: string, bad: boolean) =>
      asg.send(
        new CreateLaunchConfigurationCommand({
          LaunchConfigurationName: name,
          ImageId: BASE_AMI,
          InstanceType: 't3.micro',
          UserData: bad ? LEAKY_USER_DATA : CLEAN_USER_DATA,
          AssociatePublicIpAddress: bad,
          BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: !bad } }],
          ...(bad ? {} : { MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } }),
        }),
      )
    await Promise.all([lc('legacy-lc', true), lc('hardened-lc', false)])
    await Promise.all([
      asg.send(
        new CreateAutoScalingGroupCommand({
          AutoScalingGroupName: 'legacy-asg',
          LaunchConfigurationName: 'legacy-lc',
          MinSize: 0,
          MaxSize: 1,
          DesiredCapacity: 0,
          VPCZoneIdentifier: a,
          TargetGroupARNs: [tgArn],
          HealthCheckType: 'EC2',
        }),
      ),
      asg.send(
        new CreateAutoScalingGroupCommand({
          AutoScalingGroupName: 'web-asg',
          LaunchTemplate: { LaunchTemplateId: hardenedTemplateId, Version: '$Default' },
          MinSize: 0,
          MaxSize: 2,
          DesiredCapacity: 0,
          VPCZoneIdentifier: `${a},${b}`,
          TargetGroupARNs: [tgArn],
          HealthCheckType: 'ELB',
          HealthCheckGracePeriod: 300,
        }),
      ),
    ])
    const [groups, configs] = await Promise.all([
      asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['legacy-asg', 'web-asg'] })),
      asg.send(new DescribeLaunchConfigurationsCommand({ LaunchConfigurationNames: ['legacy-lc', 'hardened-lc'] })),
    ])
    const groupArn = (n: string) => groups.AutoScalingGroups!.find((g) => g.AutoScalingGroupName === n)!.AutoScalingGroupARN!
    const lcArn = (n: string) => configs.LaunchConfigurations!.find((c) => c.LaunchConfigurationName === n)!.LaunchConfigurationARN!
    ctx.count(8)
    const legacy = groupArn('legacy-asg')
    const web = groupArn('web-asg')
    ctx.fail('aws-autoscaling-group-uses-launch-template', legacy, 'legacy-asg', 'launch configuration legacy-lc')
    ctx.ok('aws-autoscaling-group-uses-launch-template', web, 'web-asg', 'launch template')
    ctx.fail('aws-autoscaling-group-multiple-azs', legacy, 'legacy-asg', 'one subnet, one zone')
    ctx.ok('aws-autoscaling-group-multiple-azs', web, 'web-asg', 'subnets in two zones')
    ctx.fail('aws-autoscaling-group-elb-health-check', legacy, 'legacy-asg', 'target group with EC2 health checks')
    ctx.ok('aws-autoscaling-group-elb-health-check', web, 'web-asg', 'target group with ELB health checks')
    const pairs: [string, string, string][] = [
      ['aws-autoscaling-launch-config-imdsv2-required', 'no metadata options', 'HttpTokens required'],
      ['aws-autoscaling-launch-config-no-public-ip', 'AssociatePublicIpAddress true', 'AssociatePublicIpAddress false'],
      ['aws-autoscaling-launch-config-ebs-encrypted', 'EBS Encrypted false', 'EBS Encrypted true'],
      ['aws-autoscaling-launch-config-user-data-no-secrets', 'user data exports an AWS access key id', 'clean user data'],
    ]
    for (const [check, whyBad, whyGood] of pairs) {
      ctx.fail(check, lcArn('legacy-lc'), 'legacy-lc', whyBad)
      ctx.ok(check, lcArn('hardened-lc'), 'hardened-lc', whyGood)
    }
  } finally {
    asg.destroy()
    elb.destroy()
  }
}

/** Two functions: a deprecated, public, secret-holding one vs a hardened one. */
async function lambdas(ctx: SeedContext, region: string): Promise<void> {
  const iam = new IAMClient(ctx.config(region))
  const lambda = new LambdaClient(ctx.config(region))
  try {
    const role = await iam.send(
      new CreateRoleCommand({
        RoleName: 'demo-lambda-exec',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
      }),
    )
    const code = { ZipFile: zipOf('index.py', 'def handler(event, context):\n    return {"ok": True}\n') }
    const account = ctx.manifest.account
    const [legacy, orders] = await Promise.all([
      lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'legacy-billing',
          Runtime: 'python3.8',
          Role: role.Role!.Arn!,
          Handler: 'index.handler',
          Code: code,
          Environment: { Variables: { AWS_ACCESS_KEY_ID: EXAMPLE_KEY_ID, REPORT_BUCKET: 'demo-reports' } },
          TracingConfig: { Mode: 'PassThrough' },
        }),
      ),
      lambda.send(
        new CreateFunctionCommand({
          FunctionName: 'orders-api',
          Runtime: 'python3.12',
          Role: role.Role!.Arn!,
          Handler: 'index.handler',
          Code: code,
          Environment: { Variables: { TABLE_NAME: 'orders' } },
          TracingConfig: { Mode: 'Active' },
          CodeSigningConfigArn: `arn:aws:lambda:${region}:${account}:code-signing-config:csc-0123456789abcdef0`,
        }),
      ),
    ])
    await Promise.all([
      lambda.send(
        new AddPermissionCommand({ FunctionName: 'legacy-billing', StatementId: 'public', Action: 'lambda:InvokeFunction', Principal: '*' }),
      ),
      lambda.send(
        new AddPermissionCommand({
          FunctionName: 'orders-api',
          StatementId: 's3-events',
          Action: 'lambda:InvokeFunction',
          Principal: 's3.amazonaws.com',
          SourceAccount: account,
        }),
      ),
      lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'legacy-billing', AuthType: 'NONE' })),
      lambda.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders-api', AuthType: 'AWS_IAM' })),
      lambda.send(
        new PutFunctionEventInvokeConfigCommand({
          FunctionName: 'orders-api',
          DestinationConfig: { OnFailure: { Destination: `arn:aws:sqs:${region}:${account}:orders-failures` } },
        }),
      ),
    ])
    ctx.count(3)
    const bad = legacy.FunctionArn!
    const good = orders.FunctionArn!
    const pairs: [string, string, string][] = [
      ['aws-lambda-function-runtime-supported', 'python3.8 (deprecated 2024-10-14)', 'python3.12'],
      ['aws-lambda-function-policy-not-public', 'lambda:InvokeFunction for Principal *', 's3.amazonaws.com with SourceAccount'],
      ['aws-lambda-function-url-auth-required', 'function URL with AuthType NONE', 'function URL with AWS_IAM'],
      ['aws-lambda-function-env-no-secrets', 'AWS_ACCESS_KEY_ID in the environment', 'TABLE_NAME only'],
      ['aws-lambda-function-xray-tracing', 'tracing PassThrough', 'tracing Active'],
      ['aws-lambda-function-async-failure-destination', 'no DLQ or on-failure destination', 'on-failure destination to SQS'],
      ['aws-lambda-function-code-signing', 'no code signing configuration', 'code signing configuration attached'],
    ]
    for (const [check, whyBad, whyGood] of pairs) {
      ctx.fail(check, bad, 'legacy-billing', whyBad)
      ctx.ok(check, good, 'orders-api', whyGood)
    }
    // The emulator does not return KMSKeyArn, so only the failing side is seeded for the customer-managed key check.
    ctx.fail('aws-lambda-function-env-encrypted-cmk', bad, 'legacy-billing', 'environment under the aws/lambda key')
  } finally {
    iam.destroy()
    lambda.destroy()
  }
}

/** Two repositories (second region): mutable, unscanned, AES256, public, no lifecycle vs the hardened twin. */
async function repositories(ctx: SeedContext, region: string): Promise<void> {
  const ecr = new ECRClient(ctx.config(region))
  try {
    const [legacy, orders] = await Promise.all([
      ecr.send(
        new CreateRepositoryCommand({
          repositoryName: 'legacy-images',
          imageTagMutability: 'MUTABLE',
          imageScanningConfiguration: { scanOnPush: false },
        }),
      ),
      ecr.send(
        new CreateRepositoryCommand({
          repositoryName: 'orders-api',
          imageTagMutability: 'IMMUTABLE',
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: { encryptionType: 'KMS' },
        }),
      ),
    ])
    const account = ctx.manifest.account
    await Promise.all([
      ecr.send(
        new SetRepositoryPolicyCommand({
          repositoryName: 'legacy-images',
          policyText: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Sid: 'public-pull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
          }),
        }),
      ),
      ecr.send(
        new SetRepositoryPolicyCommand({
          repositoryName: 'orders-api',
          policyText: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'ci-pull',
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${account}:root` },
                Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
              },
            ],
          }),
        }),
      ),
      ecr.send(
        new PutLifecyclePolicyCommand({
          repositoryName: 'orders-api',
          lifecyclePolicyText: JSON.stringify({
            rules: [
              {
                rulePriority: 1,
                description: 'expire untagged images after 14 days',
                selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
                action: { type: 'expire' },
              },
            ],
          }),
        }),
      ),
    ])
    ctx.count(2)
    const bad = legacy.repository!.repositoryArn!
    const good = orders.repository!.repositoryArn!
    const pairs: [string, string, string][] = [
      ['aws-ecr-repository-scan-on-push', 'scan on push off, basic scanning without rules', 'scan on push on'],
      ['aws-ecr-repository-tag-immutability', 'MUTABLE tags', 'IMMUTABLE tags'],
      ['aws-ecr-repository-policy-not-public', 'pull allowed to Principal *', 'pull allowed to the own account'],
      ['aws-ecr-repository-lifecycle-policy', 'no lifecycle policy', 'expires untagged images'],
      ['aws-ecr-repository-encrypted-kms', 'AES256', 'KMS'],
    ]
    for (const [check, whyBad, whyGood] of pairs) {
      ctx.fail(check, bad, 'legacy-images', whyBad)
      ctx.ok(check, good, 'orders-api', whyGood)
    }
  } finally {
    ecr.destroy()
  }
}

/** Seeds the compute part: EC2, launch templates, Auto Scaling and Lambda in the first region, ECR in the second. */
export async function seed(ctx: SeedContext): Promise<void> {
  const [home, second] = ctx.manifest.regions as [string, string]
  const ec2 = new EC2Client(ctx.config(home))
  try {
    const [, templates] = await Promise.all([
      instances(ctx, home, ec2),
      launchTemplates(ctx, home, ec2),
      lambdas(ctx, home),
      repositories(ctx, second),
    ])
    await autoScaling(ctx, home, ec2, templates.hardenedId)
  } finally {
    ec2.destroy()
  }
}
