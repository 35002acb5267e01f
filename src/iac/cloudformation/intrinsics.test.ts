import { describe, expect, it } from 'vitest'
import { unknown } from '../../core/unknown.js'
import { createContext, isResourceCreated, type ContextOptions } from './context.js'
import { evaluateCondition, resolveValue } from './intrinsics.js'
import { parseTemplate } from './parse.js'
import type { ParsedTemplate } from './types.js'

// Parameters with and without defaults, conditions and a mapping, after the Parameters, Conditions and Mappings
// examples of the CloudFormation user guide.
const TEMPLATE = `Parameters:
  Env: { Type: String, Default: prod, AllowedValues: [prod, dev] }
  VpcCidr: { Type: String }
  Port: { Type: Number, Default: 443 }
  Subnets: { Type: CommaDelimitedList, Default: "subnet-a, subnet-b" }
  AmiParam: { Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/ami }
Mappings:
  RegionMap:
    eu-west-1: { Ami: ami-eu }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  HasCidr: !Not [!Equals [!Ref VpcCidr, ""]]
  ProdOrCidr: !Or [!Condition IsProd, !Condition HasCidr]
  DevAndCidr: !And [!Condition IsDev, !Condition HasCidr]
  ProdAndCidr: !And [!Condition IsProd, !Condition HasCidr]
  Loop: !Condition Loop
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Sg:
    Type: AWS::EC2::SecurityGroup
    Condition: IsProd
  DevOnly:
    Type: AWS::SNS::Topic
    Condition: IsDev
  Maybe:
    Type: AWS::SNS::Topic
    Condition: HasCidr
`

function load(): ParsedTemplate {
  const result = parseTemplate(TEMPLATE, 't.yaml')
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.template
}

const template = load()
const OPTIONS: ContextOptions = { region: 'eu-west-1', accountId: '123456789012' }
const ctx = createContext(template, OPTIONS)

describe('resolveValue', () => {
  const cases: { name: string; value: unknown; expected: unknown; options?: ContextOptions }[] = [
    { name: 'plain values pass through', value: { a: [1, 'x', true, null] }, expected: { a: [1, 'x', true, null] } },
    { name: 'Ref parameter default', value: { Ref: 'Env' }, expected: 'prod' },
    {
      name: 'Ref parameter given by caller',
      value: { Ref: 'VpcCidr' },
      expected: '10.0.0.0/16',
      options: { parameters: { VpcCidr: '10.0.0.0/16' } },
    },
    { name: 'Ref parameter without default', value: { Ref: 'VpcCidr' }, expected: unknown('parameter VpcCidr has no default') },
    {
      name: 'Ref value outside AllowedValues',
      value: { Ref: 'Env' },
      expected: unknown('parameter Env value is not one of its AllowedValues'),
      options: { parameters: { Env: 'qa' } },
    },
    { name: 'Number parameter', value: { Ref: 'Port' }, expected: 443 },
    { name: 'Number parameter given as text', value: { Ref: 'Port' }, expected: 22, options: { parameters: { Port: '22' } } },
    { name: 'CommaDelimitedList parameter', value: { Ref: 'Subnets' }, expected: ['subnet-a', 'subnet-b'] },
    { name: 'SSM parameter type', value: { Ref: 'AmiParam' }, expected: unknown('parameter AmiParam is read from SSM at deploy') },
    { name: 'Ref resource', value: { Ref: 'Bucket' }, expected: { $ref: 'Bucket' } },
    { name: 'Ref undefined', value: { Ref: 'Nope' }, expected: unknown('Ref to Nope, which is neither a parameter nor a resource') },
    { name: 'pseudo region', value: { Ref: 'AWS::Region' }, expected: 'eu-west-1' },
    { name: 'pseudo region unknown', value: { Ref: 'AWS::Region' }, expected: unknown('AWS::Region is known only at deploy'), options: {} },
    { name: 'pseudo partition default', value: { Ref: 'AWS::Partition' }, expected: 'aws' },
    { name: 'pseudo URL suffix default', value: { Ref: 'AWS::URLSuffix' }, expected: 'amazonaws.com' },
    { name: 'pseudo stack name unknown', value: { Ref: 'AWS::StackName' }, expected: unknown('AWS::StackName is known only at deploy') },
    { name: 'AWS::NoValue removes a property', value: { a: 1, b: { Ref: 'AWS::NoValue' } }, expected: { a: 1 } },
    { name: 'AWS::NoValue removes a list item', value: [1, { Ref: 'AWS::NoValue' }, 2], expected: [1, 2] },
    { name: 'AWS::NoValue at top level', value: { Ref: 'AWS::NoValue' }, expected: undefined },
    { name: 'GetAtt list form', value: { 'Fn::GetAtt': ['Bucket', 'Arn'] }, expected: { $ref: 'Bucket', attribute: 'Arn' } },
    { name: 'GetAtt string form', value: { 'Fn::GetAtt': 'Bucket.DomainName' }, expected: { $ref: 'Bucket', attribute: 'DomainName' } },
    { name: 'GetAtt with Ref attribute', value: { 'Fn::GetAtt': ['Bucket', { Ref: 'Env' }] }, expected: { $ref: 'Bucket', attribute: 'prod' } },
    {
      name: 'GetAtt unknown resource',
      value: { 'Fn::GetAtt': ['Nope', 'Arn'] },
      expected: unknown('Fn::GetAtt refers to Nope, which is not a resource'),
    },
    {
      name: 'Sub with params and pseudo',
      value: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::logs-${AWS::AccountId}-${Env}' },
      expected: 'arn:aws:s3:::logs-123456789012-prod',
    },
    { name: 'Sub with variable map', value: { 'Fn::Sub': ['${A}-${Env}', { A: { Ref: 'Port' } }] }, expected: '443-prod' },
    { name: 'Sub literal escape', value: { 'Fn::Sub': '${!Literal}-${ Env }' }, expected: '${Literal}-prod' },
    { name: 'Sub with an unknown part', value: { 'Fn::Sub': 'x-${VpcCidr}' }, expected: unknown('parameter VpcCidr has no default') },
    {
      name: 'Sub with a resource',
      value: { 'Fn::Sub': 'arn:aws:s3:::${Bucket}/*' },
      expected: unknown('Fn::Sub ${Bucket}: Bucket is known only at deploy'),
    },
    {
      name: 'Sub with an attribute',
      value: { 'Fn::Sub': '${Bucket.Arn}/*' },
      expected: unknown('Fn::Sub ${Bucket.Arn}: Bucket.Arn is known only at deploy'),
    },
    { name: 'Sub malformed', value: { 'Fn::Sub': 42 }, expected: unknown('Fn::Sub is malformed: expected a string or [string, variables]') },
    { name: 'Join', value: { 'Fn::Join': ['-', ['a', { Ref: 'Env' }, 3]] }, expected: 'a-prod-3' },
    { name: 'Join over a list parameter', value: { 'Fn::Join': [',', { Ref: 'Subnets' }] }, expected: 'subnet-a,subnet-b' },
    {
      name: 'Join with unknown',
      value: { 'Fn::Join': ['', ['a', { Ref: 'AWS::StackName' }]] },
      expected: unknown('AWS::StackName is known only at deploy'),
    },
    {
      name: 'Join with a resource',
      value: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, '/*']] },
      expected: unknown('Fn::Join: Bucket.Arn is known only at deploy'),
    },
    { name: 'Join malformed', value: { 'Fn::Join': 'a' }, expected: unknown('Fn::Join is malformed: expected [delimiter, list]') },
    { name: 'Select', value: { 'Fn::Select': ['1', { Ref: 'Subnets' }] }, expected: 'subnet-b' },
    { name: 'Select out of range', value: { 'Fn::Select': [5, ['a']] }, expected: unknown('Fn::Select index 5 is out of range') },
    { name: 'Select from GetAZs', value: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, expected: unknown('Fn::GetAZs is known only at deploy') },
    { name: 'Split', value: { 'Fn::Split': ['|', 'a|b'] }, expected: ['a', 'b'] },
    { name: 'Select of Split', value: { 'Fn::Select': [1, { 'Fn::Split': ['-', { 'Fn::Sub': '${Env}-x' }] }] }, expected: 'x' },
    { name: 'FindInMap with Ref key', value: { 'Fn::FindInMap': ['RegionMap', { Ref: 'AWS::Region' }, 'Ami'] }, expected: 'ami-eu' },
    {
      name: 'FindInMap missing key',
      value: { 'Fn::FindInMap': ['RegionMap', 'us-east-1', 'Ami'] },
      expected: unknown('Fn::FindInMap: no key us-east-1'),
    },
    {
      name: 'FindInMap unknown key',
      value: { 'Fn::FindInMap': ['RegionMap', { Ref: 'AWS::Region' }, 'Ami'] },
      expected: unknown('AWS::Region is known only at deploy'),
      options: {},
    },
    { name: 'If true', value: { 'Fn::If': ['IsProd', 'p', 'd'] }, expected: 'p' },
    { name: 'If false', value: { 'Fn::If': ['IsDev', 'd', 'p'] }, expected: 'p' },
    { name: 'If to NoValue removes', value: { x: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 1] } }, expected: {} },
    { name: 'If unknown', value: { 'Fn::If': ['HasCidr', 'a', 'b'] }, expected: unknown('Fn::If: parameter VpcCidr has no default') },
    { name: 'If undefined condition', value: { 'Fn::If': ['Nope', 'a', 'b'] }, expected: unknown('Fn::If: condition Nope is not defined') },
    { name: 'Base64', value: { 'Fn::Base64': { 'Fn::Sub': 'echo ${Env}' } }, expected: Buffer.from('echo prod').toString('base64') },
    { name: 'ImportValue', value: { 'Fn::ImportValue': 'shared' }, expected: unknown('Fn::ImportValue is known only at deploy') },
    { name: 'Cidr', value: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }, expected: unknown('Fn::Cidr is not evaluated') },
    { name: 'Transform', value: { 'Fn::Transform': { Name: 'AWS::Include' } }, expected: unknown('Fn::Transform is known only at deploy') },
    { name: 'unsupported function', value: { 'Fn::Length': [1] }, expected: unknown('Fn::Length is not supported') },
    {
      name: 'IAM Condition key is not a function',
      value: { Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      expected: { Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    },
    {
      name: 'Unknown nested in a mapping stays local',
      value: { a: 'x', b: { Ref: 'VpcCidr' } },
      expected: { a: 'x', b: unknown('parameter VpcCidr has no default') },
    },
    { name: 'Ref malformed', value: { Ref: ['x'] }, expected: unknown('Ref is malformed: expected a name') },
    { name: 'GetAtt malformed', value: { 'Fn::GetAtt': 'NoDot' }, expected: unknown('Fn::GetAtt is malformed: expected [LogicalId, Attribute]') },
    {
      name: 'If malformed',
      value: { 'Fn::If': ['IsProd', 1] },
      expected: unknown('Fn::If is malformed: expected [condition, value if true, value if false]'),
    },
    { name: 'Equals malformed', value: { 'Fn::Equals': [1] }, expected: unknown('Fn::Equals is malformed: expected [value, value]') },
  ]
  it.each(cases)('$name', ({ value, expected, options }) => {
    const context = options === undefined ? ctx : createContext(template, options)
    expect(resolveValue(value, context)).toEqual(expected)
  })

  it('gives identical results for short and long forms', () => {
    const yaml =
      'Parameters: { Env: { Type: String, Default: dev } }\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Name: !Join ["-", [!Ref Env, !Select [0, !Split [",", "a,b"]]]]\n'
    const json = JSON.stringify({
      Parameters: { Env: { Type: 'String', Default: 'dev' } },
      Resources: {
        B: {
          Type: 'AWS::S3::Bucket',
          Properties: { Name: { 'Fn::Join': ['-', [{ Ref: 'Env' }, { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] }]] } },
        },
      },
    })
    const resolved = [yaml, json].map((text) => {
      const result = parseTemplate(text, 't')
      if (!result.ok) throw new Error('parse failed')
      return resolveValue(result.template.resources[0]?.properties, createContext(result.template))
    })
    expect(resolved).toEqual([{ Name: 'dev-a' }, { Name: 'dev-a' }])
  })

  it('returns Unknown instead of overflowing on deep values', () => {
    let value: unknown = 'leaf'
    for (let i = 0; i < 10_000; i++) value = [value]
    let out = resolveValue(value, ctx)
    while (Array.isArray(out)) out = out[0] as unknown
    expect(out).toEqual(unknown('value nested deeper than 256 levels'))
  })
})

describe('conditions', () => {
  const cases: { name: string; condition: string; expected: unknown; options?: ContextOptions }[] = [
    { name: 'Equals true', condition: 'IsProd', expected: true },
    { name: 'Not', condition: 'IsDev', expected: false },
    { name: 'Unknown operand', condition: 'HasCidr', expected: unknown('parameter VpcCidr has no default') },
    { name: 'Or settled by a true operand', condition: 'ProdOrCidr', expected: true },
    { name: 'And settled by a false operand', condition: 'DevAndCidr', expected: false },
    { name: 'And with an unknown operand', condition: 'ProdAndCidr', expected: unknown('parameter VpcCidr has no default') },
    { name: 'And known once the parameter is given', condition: 'ProdAndCidr', expected: true, options: { parameters: { VpcCidr: '10.0.0.0/16' } } },
    { name: 'Equals with an overridden parameter', condition: 'IsProd', expected: false, options: { parameters: { Env: 'dev' } } },
    { name: 'self reference', condition: 'Loop', expected: unknown('condition Loop refers to itself') },
    { name: 'undefined', condition: 'Nope', expected: unknown('condition Nope is not defined') },
  ]
  it.each(cases)('$name', ({ condition, expected, options }) => {
    expect(createContext(template, options ?? OPTIONS).condition(condition)).toEqual(expected)
  })

  it('compares numbers and strings as CloudFormation does', () => {
    expect(evaluateCondition({ 'Fn::Equals': [{ Ref: 'Port' }, '443'] }, ctx)).toBe(true)
    expect(evaluateCondition('maybe', ctx)).toEqual(unknown('condition does not evaluate to a boolean'))
  })

  it('tells which resources are created', () => {
    const created = Object.fromEntries(template.resources.map((r) => [r.logicalId, isResourceCreated(r, ctx)]))
    expect(created).toEqual({ Bucket: true, Sg: true, DevOnly: false, Maybe: unknown('parameter VpcCidr has no default') })
  })
})
