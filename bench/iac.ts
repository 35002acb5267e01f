/**
 * IaC benchmark (`npx tsx bench/iac.ts`, also part of `npm run bench`): `posture iac`'s whole pipeline (find files,
 * parse, evaluate expressions, adapt, run every check) on generated code of a large estate: a Terraform tree of 1,000
 * .tf files and ~10,000 resources, and one ~5 MB CloudFormation template in YAML and in JSON. Each case runs in its
 * own process so its peak RSS is its own; inputs go to a temporary directory that is removed afterwards.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { loadChecks } from '../src/checks/registry.js'
import { runIacScan } from '../src/scan/iac.js'
import { machineLine, writeDocSection } from './machine.js'

const START = '<!-- bench/iac.ts: start -->'
const END = '<!-- bench/iac.ts: end -->'

/** Terraform tree: root modules × files of resources each (plus 6 files per root: providers, variables, locals, a local module). */
const TF = { roots: 20, resourceFiles: 44 }
/** Size the CloudFormation template grows to. */
const CFN_BYTES = 5 * 1024 * 1024

/** The cases, each measured in its own process. */
export const IAC_CASES = ['terraform', 'cfn-yaml', 'cfn-json'] as const
/** One case. */
export type IacCase = (typeof IAC_CASES)[number]

/** What one case measured. */
export interface IacFigures {
  files: number
  bytes: number
  /** IaC resources loaded, normalized resources checked. */
  declared: number
  resources: number
  findings: number
  failures: number
  notEvaluated: number
  errors: number
  wallMs: number
  /** CPU time of the scan (user + system): steadier than wall time on a shared machine. */
  cpuMs: number
  peakRssMiB: number
  /** Set when the case could not run (e.g. the Terraform loader is not there yet). */
  skipped?: string
}

// ---------------------------------------------------------------- Terraform tree

const ROOT_FILES: Record<string, string> = {
  'providers.tf': `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.0" }\n  }\n}\n\nprovider "aws" {\n  region = var.region\n}\n`,
  'variables.tf': [
    'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}',
    'variable "env" {\n  type    = string\n  default = "prod"\n}',
    'variable "allowed_ports" {\n  type    = list(number)\n  default = [80, 443, 8080]\n}',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "change-me-please"\n}',
  ].join('\n\n'),
  'modules.tf': `module "archive" {\n  source   = "./modules/archive"\n  for_each = toset(["a", "b"])\n  name     = "\${local.prefix}-archive-\${each.key}"\n  tags     = local.tags\n}\n`,
  'modules/archive/variables.tf': 'variable "name" {\n  type = string\n}\n\nvariable "tags" {\n  type    = map(string)\n  default = {}\n}\n',
  'modules/archive/main.tf': [
    'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n  tags   = var.tags\n}',
    'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  ].join('\n\n'),
}

function locals(root: number): string {
  return `locals {
  prefix = "\${var.env}-stack-${root}"
  tags   = { env = var.env, stack = "${root}", owner = "platform" }
  trust = {
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  }
}
`
}

/** One file: a bucket and its parts, a security group with a dynamic block and a rule, a role with policies, and a database or two instances. */
function resourceFile(n: number): string {
  const s3 = `resource "aws_s3_bucket" "data_${n}" {
  bucket = "\${local.prefix}-data-${n}"
  tags   = local.tags
}

resource "aws_s3_bucket_versioning" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id
  versioning_configuration {
    status = "${n % 7 === 0 ? 'Suspended' : 'Enabled'}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data_${n}" {
  bucket                  = aws_s3_bucket.data_${n}.id
  block_public_acls       = true
  block_public_policy     = ${n % 3 !== 0}
  ignore_public_acls      = true
  restrict_public_buckets = ${n % 3 !== 0}
}

resource "aws_s3_bucket_policy" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyInsecureTransport",
          "Effect": "Deny",
          "Principal": "*",
          "Action": "s3:*",
          "Resource": ["\${aws_s3_bucket.data_${n}.arn}", "\${aws_s3_bucket.data_${n}.arn}/*"],
          "Condition": { "Bool": { "aws:SecureTransport": "false" } }
        }
      ]
    }
  EOT
}
`
  const sg = `resource "aws_security_group" "web_${n}" {
  name        = "\${local.prefix}-web-${n}"
  description = "Web tier ${n}"
  vpc_id      = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.allowed_ports
    content {
      description = "port \${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.tags
}

resource "aws_security_group_rule" "ssh_${n}" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${n % 5 === 0 ? '0.0.0.0/0' : '10.0.0.0/8'}"]
  security_group_id = aws_security_group.web_${n}.id
}
`
  const iam = `resource "aws_iam_role" "app_${n}" {
  name               = "\${local.prefix}-app-${n}"
  assume_role_policy = jsonencode(local.trust)
  tags               = local.tags
}

resource "aws_iam_role_policy" "app_${n}" {
  name = "app-${n}"
  role = aws_iam_role.app_${n}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ${n % 4 === 0 ? '"*"' : '["s3:GetObject", "s3:PutObject"]'}
      Resource = ${n % 4 === 0 ? '"*"' : `"\${aws_s3_bucket.data_${n}.arn}/*"`}
    }]
  })
}

resource "aws_iam_role_policy_attachment" "app_${n}" {
  role       = aws_iam_role.app_${n}.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}
`
  const db = `resource "aws_db_instance" "db_${n}" {
  identifier              = "\${local.prefix}-db-${n}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "app"
  password                = var.db_password
  storage_encrypted       = ${n % 4 !== 0}
  multi_az                = var.env == "prod"
  backup_retention_period = 7
  publicly_accessible     = false
  skip_final_snapshot     = true
  vpc_security_group_ids  = [aws_security_group.web_${n}.id]
  tags                    = local.tags
}
`
  const instances = `resource "aws_instance" "app_${n}" {
  count                  = 2
  ami                    = "ami-0abcdef1234567890"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web_${n}.id]

  metadata_options {
    http_tokens = count.index == 0 ? "required" : "optional"
  }

  root_block_device {
    encrypted   = true
    volume_size = 20
  }

  tags = merge(local.tags, { Name = "\${local.prefix}-app-${n}-\${count.index}" })
}
`
  return [s3, sg, iam, n % 2 === 0 ? db : instances].join('\n')
}

/** Writes the Terraform tree; returns the number of files and their size. */
function writeTerraform(dir: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  const write = (file: string, text: string): void => {
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, text)
    files++
    bytes += Buffer.byteLength(text)
  }
  for (let root = 0; root < TF.roots; root++) {
    const base = join(dir, `stack-${String(root).padStart(2, '0')}`)
    for (const [name, text] of Object.entries(ROOT_FILES)) write(join(base, name), text)
    write(join(base, 'locals.tf'), locals(root))
    for (let f = 0; f < TF.resourceFiles; f++) write(join(base, `main-${String(f).padStart(2, '0')}.tf`), resourceFile(f))
  }
  return { files, bytes }
}

// ---------------------------------------------------------------- CloudFormation template

type Node = string | number | boolean | Node[] | { [k: string]: Node }
const ref = (name: string): Node => ({ Ref: name })
const getAtt = (resource: string, attribute: string): Node => ({ 'Fn::GetAtt': [resource, attribute] })
const sub = (text: string): Node => ({ 'Fn::Sub': text })

/** Seven resources: a bucket and its policy, a security group, a database, a role and a Lambda function using them. */
function cfnSet(i: number): Record<string, Node> {
  const bucket = `DataBucket${i}`
  return {
    [bucket]: {
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketName: sub(`\${AWS::StackName}-data-${i}`),
        VersioningConfiguration: { Status: i % 7 === 0 ? 'Suspended' : 'Enabled' },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: ref('KeyArn') } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: i % 3 !== 0,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: i % 3 !== 0,
        },
        Tags: [{ Key: 'stack', Value: ref('AWS::StackName') }],
      },
    },
    [`DataBucketPolicy${i}`]: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: ref(bucket),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [getAtt(bucket, 'Arn'), sub(`\${${bucket}.Arn}/*`)],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
      },
    },
    [`WebSg${i}`]: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: sub(`Web tier ${i} of \${AWS::StackName}`),
        VpcId: ref('VpcId'),
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: i % 5 === 0 ? { 'Fn::If': ['OpenSsh', '0.0.0.0/0', '10.0.0.0/8'] } : '10.0.0.0/8' },
        ],
      },
    },
    [`Db${i}`]: {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        Engine: 'postgres',
        DBInstanceClass: 'db.t4g.medium',
        AllocatedStorage: '50',
        MasterUsername: 'app',
        ManageMasterUserPassword: true,
        StorageEncrypted: i % 4 !== 0,
        MultiAZ: { 'Fn::If': ['IsProd', true, false] },
        BackupRetentionPeriod: 7,
        VPCSecurityGroups: [getAtt(`WebSg${i}`, 'GroupId')],
      },
    },
    [`FnRole${i}`]: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        Policies: [
          {
            PolicyName: 'data-access',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: i % 4 === 0 ? 's3:*' : ['s3:GetObject'], Resource: sub(`\${${bucket}.Arn}/*`) }],
            },
          },
        ],
      },
    },
    [`Fn${i}`]: {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'python3.12',
        Handler: 'index.handler',
        Role: getAtt(`FnRole${i}`, 'Arn'),
        Code: { ZipFile: "def handler(event, context):\n    return 'ok'\n" },
        Environment: { Variables: { BUCKET: ref(bucket) } },
        TracingConfig: { Mode: 'Active' },
      },
    },
  }
}

/** A template of `bytes` or a little more (measured on its YAML form), with the number of resource sets. */
function cfnTemplate(bytes: number): Record<string, Node> {
  const resources: Record<string, Node> = {}
  const template: Record<string, Node> = {
    AWSTemplateFormatVersion: '2010-09-09',
    Parameters: {
      Env: { Type: 'String', AllowedValues: ['dev', 'prod'], Default: 'prod' },
      VpcId: { Type: 'AWS::EC2::VPC::Id', Default: 'vpc-0123456789abcdef0' },
      KeyArn: { Type: 'String', Default: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    },
    Conditions: { IsProd: { 'Fn::Equals': [ref('Env'), 'prod'] }, OpenSsh: { 'Fn::Equals': [ref('Env'), 'dev'] } },
    Resources: resources,
  }
  // One set's YAML size, to reach the target without re-rendering the whole template each time.
  const perSet = yaml({ x: cfnSet(0) }).length
  for (let i = 0; i * perSet < bytes; i++) Object.assign(resources, cfnSet(i))
  return template
}

/** Long-form intrinsics written with YAML short-form tags, as people write templates (`!Ref`, `!GetAtt`, `!Sub`, `!If`). */
function inline(v: Node): string | undefined {
  if (typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v)
  if (Array.isArray(v)) return undefined
  const [key, arg] = Object.entries(v)[0] ?? []
  if (Object.keys(v).length !== 1 || arg === undefined) return undefined
  if (key === 'Ref') return `!Ref ${arg as string}`
  if (key === 'Fn::GetAtt') return `!GetAtt ${(arg as string[]).join('.')}`
  if (key === 'Fn::Sub') return `!Sub ${JSON.stringify(arg)}`
  if (key === 'Fn::If' || key === 'Fn::Equals') return `!${key.slice(4)} [${(arg as Node[]).map((a) => inline(a)).join(', ')}]`
  return undefined
}

/** A small YAML writer for the generated template (block style, double-quoted strings). */
function yaml(v: Record<string, Node>, indent = ''): string {
  const out: string[] = []
  const key = (k: string): string => (/^[A-Za-z0-9_:]+$/.test(k) ? k : JSON.stringify(k))
  const value = (prefix: string, val: Node, inner: string): void => {
    const one = inline(val)
    if (one !== undefined) out.push(`${prefix} ${one}`)
    else if (Array.isArray(val)) {
      out.push(prefix)
      for (const item of val) {
        const single = inline(item)
        if (single !== undefined) out.push(`${inner}- ${single}`)
        else out.push(`${inner}- ${yaml(item as Record<string, Node>, `${inner}  `).trimStart()}`)
      }
    } else {
      out.push(prefix)
      out.push(yaml(val as Record<string, Node>, inner))
    }
  }
  for (const [k, val] of Object.entries(v)) value(`${indent}${key(k)}:`, val, `${indent}  `)
  return out.join('\n')
}

// ---------------------------------------------------------------- measuring

/** Child phase: generates one case's input, scans it with every check, removes it. */
export async function phaseIac(which: IacCase): Promise<IacFigures> {
  const allChecks = await loadChecks()
  const dir = mkdtempSync(join(tmpdir(), 'posture-bench-iac-'))
  try {
    let files = 1
    let bytes = 0
    if (which === 'terraform') ({ files, bytes } = writeTerraform(dir))
    else {
      const template = cfnTemplate(CFN_BYTES)
      const file = join(dir, which === 'cfn-yaml' ? 'stack.yaml' : 'stack.json')
      writeFileSync(file, which === 'cfn-yaml' ? `${yaml(template)}\n` : JSON.stringify(template, null, 2))
      bytes = statSync(file).size
    }
    const started = performance.now()
    const cpu = process.cpuUsage()
    const report = await runIacScan([dir], { allChecks })
    const wallMs = performance.now() - started
    const { user, system } = process.cpuUsage(cpu)
    const errors = report.iac.problems.filter((p) => p.severity === 'error')
    const placeholder = errors.find((p) => /not supported yet/.test(p.message))
    return {
      files,
      bytes,
      declared: report.iac.declared,
      resources: report.summary.resources,
      findings: report.findings.length,
      failures: report.findings.filter((f) => f.status === 'fail').length,
      notEvaluated: report.iac.notEvaluated.length,
      errors: errors.length,
      wallMs,
      cpuMs: (user + system) / 1000,
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
      ...(placeholder ? { skipped: placeholder.message } : {}),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Runs every case through `run` (a child process per case); prints each result. */
export async function measureIac(
  run: (which: IacCase) => Promise<IacFigures>,
): Promise<{ results: Partial<Record<IacCase, IacFigures>>; note: string }> {
  const results: Partial<Record<IacCase, IacFigures>> = {}
  for (const which of IAC_CASES) {
    console.log(`iac benchmark: ${which} ...`)
    results[which] = await run(which)
    console.log(`${which}:`, results[which])
  }
  return { results, note: `Load average at the end: ${loadavg()[0]!.toFixed(1)}.` }
}

const LABELS: Record<IacCase, string> = {
  terraform: `Terraform: ${TF.roots} root modules (.tf files)`,
  'cfn-yaml': 'CloudFormation, one YAML template',
  'cfn-json': 'CloudFormation, the same template in JSON',
}

/** The IaC section of docs/benchmarks.md. */
export function iacSection(results: Partial<Record<IacCase, IacFigures>>, note = ''): string {
  const n = (x: number): string => x.toLocaleString('en')
  const rows = IAC_CASES.map((which) => {
    const r = results[which]
    if (!r) return `| ${LABELS[which]} | not measured | | | | | | |`
    if (r.skipped) return `| ${LABELS[which]} | not measured: ${r.skipped} | | | | | | |`
    const input = `${n(r.files)} file${r.files === 1 ? '' : 's'}, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`
    const perSecond = Math.round(r.declared / (r.wallMs / 1000))
    return (
      `| ${LABELS[which]} | ${input} | ${n(r.declared)} → ${n(r.resources)} | ${n(r.findings)} (${n(r.failures)} failed; ${n(r.notEvaluated)} not evaluated) ` +
      `| ${(r.wallMs / 1000).toFixed(1)} s (${n(perSecond)} resources/s) | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.peakRssMiB} MiB | ${r.errors} |`
    )
  })
  return [
    START,
    '## IaC: `posture iac` on a large code base',
    '',
    `Produced by \`npx tsx bench/iac.ts\` (also part of \`npm run bench\`). Machine: ${machineLine()}. ${note}`.trimEnd(),
    '',
    '| Input | Size | IaC resources → normalized resources | Findings | Wall time (find, parse, evaluate, adapt, check) | CPU time | Peak RSS | Error problems |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `The Terraform tree has ${TF.roots} root modules of ${TF.resourceFiles} resource files each, plus providers, variables, locals and a local module ` +
      'called with for_each: S3 buckets with versioning, encryption, public access block and heredoc policy resources, security groups with ' +
      'dynamic ingress blocks and separate rules, IAM roles with jsonencode policies and attachments, RDS instances and EC2 instances with count. ' +
      'The CloudFormation template repeats S3 buckets and bucket policies, security groups, RDS instances, IAM roles and Lambda functions, with ' +
      '`!Ref`, `!GetAtt`, `!Sub`, `!If` and conditions on parameters. About a third of everything is misconfigured. Every registered check ' +
      'runs; each case is a separate Node process, so peak RSS (`process.resourceUsage().maxRSS`) includes generating the input and loading the checks.',
    END,
  ].join('\n')
}

/** Runs one case in a child process of this script. */
function iacChild(which: IacCase): Promise<IacFigures> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'phase', which], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? ''
      if (code === 0 && last.startsWith('{')) done(JSON.parse(last) as IacFigures)
      else fail(new Error(`iac bench ${which} failed (exit ${code})`))
    })
  })
}

// Run directly (not imported by bench/run.ts): `tsx bench/iac.ts` measures every case, `… phase <case>` is one child.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const [mode, which] = process.argv.slice(2)
  const job =
    mode === 'phase'
      ? phaseIac(which as IacCase).then((r) => console.log(JSON.stringify(r)))
      : measureIac(iacChild).then(({ results, note }) => {
          const section = iacSection(results, note)
          writeDocSection(START, END, section)
          console.log(`\n${section}\nwritten to docs/benchmarks.md`)
        })
  job.then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`bench/iac: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
      process.exit(1)
    },
  )
}
