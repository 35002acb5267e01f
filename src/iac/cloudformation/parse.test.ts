import { describe, expect, it } from 'vitest'
import { looksLikeCloudFormation, parseTemplate } from './parse.js'
import type { ParsedTemplate, TemplateError } from './types.js'
import { MAX_DEPTH } from './yaml-tree.js'

function parsed(text: string, file = 'template.yaml'): ParsedTemplate {
  const result = parseTemplate(text, file)
  if (!result.ok) throw new Error(`expected a template, got ${JSON.stringify(result.errors)}`)
  return result.template
}

function failed(text: string, file = 'template.yaml'): readonly TemplateError[] {
  const result = parseTemplate(text, file)
  if (result.ok) throw new Error('expected errors')
  return result.errors
}

// An S3 bucket with its BucketPolicy and a security group, after the AWS::S3::Bucket, AWS::S3::BucketPolicy and
// AWS::EC2::SecurityGroup examples of the CloudFormation template reference.
const YAML_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
  Env:
    Type: String
    Default: prod
    AllowedValues: [prod, dev]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  # the logs bucket
  LogsBucket:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub "logs-\${AWS::AccountId}"

  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    DependsOn: LogsBucket
    Properties: { Bucket: !Ref LogsBucket, PolicyDocument: { Statement: [] } }
  # comment between resources

  WebSg:
    Type: AWS::EC2::SecurityGroup
    Condition: IsProd
    Properties:
      GroupDescription: web
      VpcId: !Ref VpcId
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        # trailing comment inside the block

Outputs:
  BucketArn:
    Value: !GetAtt LogsBucket.Arn
`

const JSON_TEMPLATE = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "LogsBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": { "BucketName": { "Fn::Sub": "logs-\${AWS::AccountId}" } }
    },
    "WebSg": {
\t"Type": "AWS::EC2::SecurityGroup",
\t"Properties": {
\t\t"GroupDescription": "web",
\t\t"SecurityGroupIngress": [{ "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "0.0.0.0/0" }]
\t}
    }
  }
}`

describe('parseTemplate: resources and locations', () => {
  const cases = [
    {
      name: 'YAML with comments, blank lines, flow style and a last resource',
      text: YAML_TEMPLATE,
      file: 't.yaml',
      expected: [
        { logicalId: 'LogsBucket', type: 'AWS::S3::Bucket', startLine: 13, endLine: 17 },
        { logicalId: 'LogsPolicy', type: 'AWS::S3::BucketPolicy', startLine: 19, endLine: 22 },
        { logicalId: 'WebSg', type: 'AWS::EC2::SecurityGroup', startLine: 25, endLine: 35 },
      ],
    },
    {
      name: 'JSON with tab indentation',
      text: JSON_TEMPLATE,
      file: 't.json',
      expected: [
        { logicalId: 'LogsBucket', type: 'AWS::S3::Bucket', startLine: 4, endLine: 7 },
        { logicalId: 'WebSg', type: 'AWS::EC2::SecurityGroup', startLine: 8, endLine: 14 },
      ],
    },
    {
      name: 'resource at end of file without a trailing newline',
      text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: q',
      file: 't.yml',
      expected: [
        { logicalId: 'A', type: 'AWS::SNS::Topic', startLine: 2, endLine: 3 },
        { logicalId: 'B', type: 'AWS::SQS::Queue', startLine: 4, endLine: 7 },
      ],
    },
    {
      name: 'block scalar as the last value',
      text: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        ZipFile: |\n          exit 0\n\n          # end\n\n',
      file: 't.yaml',
      expected: [{ logicalId: 'Fn', type: 'AWS::Lambda::Function', startLine: 2, endLine: 9 }],
    },
  ]
  it.each(cases)('$name', ({ text, file, expected }) => {
    const template = parsed(text, file)
    const seen = template.resources.map((r) => ({
      logicalId: r.logicalId,
      type: r.type,
      startLine: r.location.startLine,
      endLine: r.location.endLine,
    }))
    expect(seen).toEqual(expected)
    expect(template.resources.every((r) => r.location.file === file)).toBe(true)
  })

  it('keeps every resource field and the other sections', () => {
    const template = parsed(YAML_TEMPLATE)
    const [bucket, policy, sg] = template.resources
    expect(template.formatVersion).toBe('2010-09-09')
    expect(bucket).toMatchObject({ deletionPolicy: 'Retain', dependsOn: [], properties: { BucketName: { 'Fn::Sub': 'logs-${AWS::AccountId}' } } })
    expect(policy).toMatchObject({ dependsOn: ['LogsBucket'], properties: { Bucket: { Ref: 'LogsBucket' }, PolicyDocument: { Statement: [] } } })
    expect(sg?.condition).toBe('IsProd')
    expect(sg?.properties.SecurityGroupIngress).toEqual([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }])
    expect(template.parameters.Env).toEqual({
      name: 'Env',
      type: 'String',
      default: 'prod',
      allowedValues: ['prod', 'dev'],
      line: 5,
      raw: { Type: 'String', Default: 'prod', AllowedValues: ['prod', 'dev'] },
    })
    expect(template.parameters.VpcId).toMatchObject({ type: 'AWS::EC2::VPC::Id', line: 3 })
    expect('default' in template.parameters.VpcId!).toBe(false)
    expect(template.conditions).toEqual({ IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } })
    expect(template.outputs).toEqual({ BucketArn: { Value: { 'Fn::GetAtt': ['LogsBucket', 'Arn'] } } })
    expect(template.problems).toEqual([])
  })
})

describe('parseTemplate: short forms equal long forms', () => {
  const cases = [
    ['!Ref Env', { Ref: 'Env' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Db, Arn]', { 'Fn::GetAtt': ['Db', 'Arn'] }],
    ['!Sub "a-${Env}"', { 'Fn::Sub': 'a-${Env}' }],
    ['!Sub ["a-${X}", { X: !Ref Env }]', { 'Fn::Sub': ['a-${X}', { X: { Ref: 'Env' } }] }],
    ['!Join [",", [a, !Ref Env]]', { 'Fn::Join': [',', ['a', { Ref: 'Env' }]] }],
    ['!If [IsProd, 1, !Ref AWS::NoValue]', { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [M, !Ref AWS::Region, Ami]', { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'Ami'] }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!Not [!Condition C]', { 'Fn::Not': [{ Condition: 'C' }] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Base64 "echo hi"', { 'Fn::Base64': 'echo hi' }],
    ['!ImportValue shared-vpc', { 'Fn::ImportValue': 'shared-vpc' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    [
      '!Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }',
      { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    ],
  ] as const
  it.each(cases)('%s', (short, long) => {
    const yaml = parsed(`Resources:\n  R:\n    Type: AWS::SNS::Topic\n    Properties:\n      V: ${short}\n`)
    const json = parsed(JSON.stringify({ Resources: { R: { Type: 'AWS::SNS::Topic', Properties: { V: long } } } }), 't.json')
    expect(yaml.resources[0]?.properties.V).toEqual(long)
    expect(json.resources[0]?.properties).toEqual(yaml.resources[0]?.properties)
  })
})

describe('parseTemplate: errors as values', () => {
  const cases = [
    { name: 'YAML syntax error', file: 'bad.yaml', text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n   Properties: [\n', line: 4, column: 1 },
    {
      name: 'JSON missing comma',
      file: 'bad.json',
      text: '{\n  "Resources": {\n    "A": { "Type": "AWS::SNS::Topic" }\n    "B": {}\n  }\n}',
      line: 4,
      column: 5,
    },
    {
      name: 'not a template (a Kubernetes manifest)',
      file: 'deploy.yaml',
      text: 'apiVersion: v1\nkind: ConfigMap\n',
      line: 1,
      column: 1,
      message: 'not a CloudFormation template: no Resources section',
    },
    { name: 'Resources not a mapping', file: 't.yaml', text: 'Parameters: {}\nResources: [a]\n', line: 2, column: 1 },
    {
      name: 'resource without Type',
      file: 't.yaml',
      text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n  Broken:\n    Properties: {}\n',
      line: 4,
      column: 3,
      logicalId: 'Broken',
      message: 'resource Broken has no Type',
    },
    { name: 'resource that is a string', file: 't.yaml', text: 'Resources:\n  Broken: nope\n', line: 2, column: 3, logicalId: 'Broken' },
    {
      name: 'unknown tag',
      file: 't.yaml',
      text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      V: !Bogus x\n',
      line: 5,
      column: 10,
      message: 'unknown tag !Bogus',
    },
    {
      name: 'alias (unsupported by CloudFormation)',
      file: 't.yaml',
      text: 'Resources:\n  A: &a\n    Type: AWS::SNS::Topic\n  B: *a\n',
      line: 4,
      column: 6,
      message: 'YAML aliases and anchors are not supported by CloudFormation',
    },
    {
      name: 'duplicate key',
      file: 't.yaml',
      text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Type: AWS::SQS::Queue\n',
      line: 4,
      column: 5,
      message: 'duplicate key Type',
    },
    {
      name: 'two documents',
      file: 't.yaml',
      text: 'Resources: {}\n---\nResources: {}\n',
      line: 2,
      column: 1,
      message: 'a template holds a single YAML document',
    },
  ]
  it.each(cases)('$name', ({ text, file, line, column, logicalId, message }) => {
    const [first] = failed(text, file)
    if (message !== undefined) expect(first?.message).toBe(message)
    expect(first).toMatchObject({ file, line, column, ...(logicalId ? { logicalId } : {}) })
    expect(first?.message).toMatch(/\S/)
  })

  it('never throws on odd inputs', () => {
    for (const text of ['', '   ', '42', '- a', '{', '"x', '\u0000', 'Resources:\n  A:\n    Type: [1]']) {
      expect(() => parseTemplate(text, 'x.yaml')).not.toThrow()
      expect(parseTemplate(text, 'x.yaml').ok).toBe(false)
    }
  })
})

describe('parseTemplate: Metadata suppressions', () => {
  const text = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Metadata:
      posture:
        ignore:
          - id: aws-s3-bucket-versioning-enabled
            reason: write-once logs
          - aws-s3-bucket-logging-enabled
          - id: aws-s3-bucket-kms
          - { reason: no id }
  Other:
    Type: AWS::SNS::Topic
    Metadata:
      posture: { ignore: aws-sns-topic-encrypted }
`
  it('keeps entries with a reason and reports the others as problems', () => {
    const template = parsed(text)
    expect(template.resources[0]?.suppressions).toEqual([{ checkId: 'aws-s3-bucket-versioning-enabled', reason: 'write-once logs', line: 7 }])
    expect(template.resources[1]?.suppressions).toEqual([])
    expect(template.problems.map((p) => [p.line, p.logicalId, p.message])).toEqual([
      [9, 'Bucket', 'suppression of aws-s3-bucket-logging-enabled needs a reason; it is not applied'],
      [10, 'Bucket', 'suppression of aws-s3-bucket-kms needs a reason; it is not applied'],
      [11, 'Bucket', 'suppression needs a check id (id: <check-id>)'],
      [15, 'Other', 'Metadata.posture.ignore must be a list'],
    ])
    expect(template.resources[0]?.metadata).toMatchObject({ posture: { ignore: expect.any(Array) as unknown } })
  })
})

describe('parseTemplate: size and depth', () => {
  it.each([
    { name: 'flow lists', open: '[', close: ']' },
    { name: 'flow maps', open: '{a: ', close: '}' },
  ])('reports 10,000 nested $name as an error with the line', ({ open, close }) => {
    const text = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      V: ${open.repeat(10_000)}${close.repeat(10_000)}\n`
    const errors = failed(text)
    expect(errors).toEqual([
      { file: 'template.yaml', line: 5, column: expect.any(Number) as unknown, message: `nesting deeper than ${MAX_DEPTH} levels` },
    ])
  })

  it('reports deep block nesting too, and accepts nesting just under the limit', () => {
    const block = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n'
    expect(failed(block(MAX_DEPTH + 5))[0]?.message).toBe(`nesting deeper than ${MAX_DEPTH} levels`)
    const nested = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties:\n      V: ${'['.repeat(MAX_DEPTH - 5)}1${']'.repeat(MAX_DEPTH - 5)}\n`
    let value: unknown = parsed(nested).resources[0]?.properties.V
    let depth = 0
    while (Array.isArray(value)) {
      value = value[0] as unknown
      depth++
    }
    expect([value, depth]).toEqual([1, MAX_DEPTH - 5])
  })

  // Correctness only: its speed belongs in a benchmark, never in a timed unit test.
  it('parses a 5 MB template: every resource, with the last one located', { timeout: 60_000 }, () => {
    const parts = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:']
    for (let i = 0; parts.length < 3 || parts.join('\n').length < 5_000_000; i++) {
      const block = []
      for (let j = 0; j < 1000; j++) {
        const n = i * 1000 + j
        block.push(
          `  Bucket${n}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "b-\${AWS::Region}-${n}"\n      Tags:\n        - Key: owner\n          Value: team-${n}`,
        )
      }
      parts.push(block.join('\n'))
    }
    const text = parts.join('\n')
    const template = parsed(text)
    expect(text.length).toBeGreaterThanOrEqual(5_000_000)
    const last = template.resources.at(-1)!
    expect(template.resources.length).toBe((parts.length - 2) * 1000)
    expect(last.location.endLine).toBe(text.split('\n').length)
    expect(last.location.startLine).toBe(last.location.endLine - 6)
  })
})

describe('looksLikeCloudFormation', () => {
  const cases = [
    { name: 'YAML with AWSTemplateFormatVersion', file: 'a.yaml', text: "AWSTemplateFormatVersion: '2010-09-09'\n", expected: true },
    { name: 'YAML with Resources and an AWS type', file: 'a.yml', text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n', expected: true },
    { name: 'JSON with Resources and an AWS type', file: 'a.json', text: '{"Resources":{"A":{"Type":"AWS::SNS::Topic"}}}', expected: true },
    {
      name: 'SAM template',
      file: 'a.template',
      text: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n',
      expected: true,
    },
    {
      name: 'broken template still recognised',
      file: 'a.yaml',
      text: 'Resources:\n  A:\n    Type: AWS::SNS::Topic\n   Properties: [\n',
      expected: true,
    },
    { name: 'Kubernetes manifest', file: 'k.yaml', text: 'apiVersion: v1\nkind: Service\nspec:\n  type: ClusterIP\n', expected: false },
    { name: 'GitHub workflow', file: 'ci.yml', text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n', expected: false },
    { name: 'package.json', file: 'package.json', text: '{"name":"x","type":"module"}', expected: false },
    { name: 'Resources without AWS types', file: 'r.yaml', text: 'Resources:\n  a:\n    Type: widget\n', expected: false },
    { name: 'template text in a .ts file', file: 'a.ts', text: "AWSTemplateFormatVersion: '2010-09-09'\n", expected: false },
  ]
  it.each(cases)('$name', ({ text, file, expected }) => {
    expect(looksLikeCloudFormation(text, file)).toBe(expected)
  })
})
