import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { IacResource } from '../model.js'
import { loadTerraform, type TerraformLoad, type TerraformLoadOptions } from './load.js'
import { MAX_MODULE_DEPTH, MAX_REFERENCE_DEPTH } from './module.js'

const FIXTURES = 'test/fixtures/iac/terraform'

/** Every .tf file under a fixture directory, as scan.ts passes them (absolute, sorted). */
function tfFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = path.join(dir, n)
      return statSync(p).isDirectory() ? tfFiles(p) : n.endsWith('.tf') ? [path.resolve(p)] : []
    })
    .sort()
}

async function load(fixture: string, options: TerraformLoadOptions = {}): Promise<TerraformLoad & { at: (address: string) => IacResource }> {
  const out = await loadTerraform(tfFiles(path.join(FIXTURES, fixture)), options)
  const at = (address: string): IacResource => {
    const r = out.resources.find((x) => x.address === address)
    if (!r) throw new Error(`no resource ${address}; have ${out.resources.map((x) => x.address).join(', ')}`)
    return r
  }
  return { ...out, at }
}

describe('loadTerraform: root module basics', () => {
  it('evaluates literals, interpolation, locals, variable defaults, nested blocks and references', async () => {
    const { at, resources } = await load('basic')
    expect(resources.map((r) => r.address)).toEqual([
      'aws_kms_key.logs',
      'aws_s3_bucket.logs',
      'aws_s3_bucket_versioning.logs',
      'aws_s3_bucket_policy.logs',
    ])
    const bucket = at('aws_s3_bucket.logs')
    expect(bucket.values).toEqual({
      bucket: 'acme-eu-west-1-logs',
      tags: { Team: 'platform', Region: 'eu-west-1', Name: 'logs' },
      server_side_encryption_configuration: [
        {
          rule: [
            {
              bucket_key_enabled: true,
              apply_server_side_encryption_by_default: [
                { sse_algorithm: 'aws:kms', kms_master_key_id: { $ref: 'aws_kms_key.logs', attribute: 'arn' } },
              ],
            },
          ],
        },
      ],
    })
    expect(bucket.language).toBe('terraform')
    expect(bucket.type).toBe('aws_s3_bucket')
    expect(bucket.unit).toBe('test/fixtures/iac/terraform/basic')
    expect(bucket.location).toEqual({ file: 'test/fixtures/iac/terraform/basic/main.tf', startLine: 32, endLine: 46 })
  })

  it('keeps references, unknown interpolations, unset variables and null apart; drops meta-arguments', async () => {
    const { at } = await load('basic')
    expect(at('aws_s3_bucket_policy.logs').values).toEqual({
      bucket: { $ref: 'aws_s3_bucket.logs', attribute: 'id' },
      policy: { $unknown: 'known only after apply: aws_s3_bucket.logs.arn', text: '${aws_s3_bucket.logs.arn}/*' },
      source: { $ref: 'aws_s3_bucket.logs' },
      env: { $unknown: 'var.env has no value' },
      null: null,
    })
  })

  it('pins region and account from the default aws provider (the aliased one is ignored)', async () => {
    const { resources } = await load('basic')
    expect(new Set(resources.map((r) => `${r.region}/${r.account}`))).toEqual(new Set(['eu-west-1/111122223333']))
    const { resources: other } = await load('basic', { vars: { region: 'ap-south-1' } })
    expect(other[0]?.region).toBe('ap-south-1')
  })

  it('reads suppressions above (contiguous comments), trailing the first line and inside a block', async () => {
    const { at, problems } = await load('basic')
    expect(at('aws_s3_bucket.logs').suppressions).toEqual([
      { checkId: 'aws-s3-bucket-access-logging-enabled', reason: 'logs go to CloudTrail data events', line: 31 },
      { checkId: 'aws-s3-bucket-mfa-delete-*', reason: 'MFA delete needs the root user', line: 32 },
    ])
    // A block comment inside the block; the `//` comment above is separated by a blank line and does not apply.
    expect(at('aws_s3_bucket_versioning.logs').suppressions).toEqual([{ checkId: 'aws-s3-bucket-policy-*', reason: 'versioning only', line: 55 }])
    expect(at('aws_kms_key.logs').suppressions).toEqual([])
    expect(problems).toEqual([
      {
        file: 'test/fixtures/iac/terraform/basic/main.tf',
        line: 36,
        column: 1,
        severity: 'notice',
        message: 'suppression of aws-s3-bucket-versioning-enabled needs a reason; it is not applied',
      },
    ])
  })
})

describe('loadTerraform: count, for_each, dynamic blocks', () => {
  it('expands count and for_each with instance addresses; count = 0 gives none', async () => {
    const { resources, at } = await load('expansion')
    expect(resources.map((r) => r.address)).toEqual([
      'aws_s3_bucket.counted[0]',
      'aws_s3_bucket.counted[1]',
      'aws_s3_bucket.each_set["a"]',
      'aws_s3_bucket.each_set["b"]',
      'aws_security_group.each_map["https"]',
      'aws_security_group.each_map["ssh"]',
      'aws_s3_bucket.maybe[*]',
      'aws_security_group.dyn',
      'aws_sns_topic.refs',
    ])
    expect(at('aws_s3_bucket.counted[1]').values).toEqual({ bucket: 'bucket-1' })
    expect(at('aws_s3_bucket.each_set["b"]').values).toEqual({ bucket: 'set-b-b' })
    expect(at('aws_security_group.each_map["ssh"]').values).toEqual({ name: 'ssh', description: 'port 22' })
    expect(at('aws_s3_bucket.counted[0]').location).toEqual({ file: 'test/fixtures/iac/terraform/expansion/main.tf', startLine: 16, endLine: 19 })
  })

  it('loads one `[*]` instance when count is not known, with count.index unknown', async () => {
    const { at } = await load('expansion')
    expect(at('aws_s3_bucket.maybe[*]').values).toEqual({ bucket: { $unknown: 'var.unknown_count has no value', text: 'maybe-${count.index}' } })
    const { resources } = await load('expansion', { vars: { unknown_count: '1' } })
    expect(resources.filter((r) => r.address.startsWith('aws_s3_bucket.maybe')).map((r) => [r.address, r.values.bucket])).toEqual([
      ['aws_s3_bucket.maybe[0]', 'maybe-0'],
    ])
  })

  it('expands dynamic blocks (iterator, nested dynamic, for expression with a condition) after static ones', async () => {
    const { at } = await load('expansion')
    expect(at('aws_security_group.dyn').values).toEqual({
      name: 'dyn',
      ingress: [
        { description: 'static', from_port: 80, to_port: 80 },
        { description: 'https:443', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] },
        { description: 'ssh:22', from_port: 22, to_port: 22, cidr_blocks: ['10.0.0.0/8'] },
      ],
      egress: [{ from_port: 443, tag: [{ v: '0-x' }, { v: '0-y' }] }],
    })
  })

  it('references instances by index, key, splat and for expression', async () => {
    const { at } = await load('expansion')
    expect(at('aws_sns_topic.refs').values).toEqual({
      name: 'refs',
      first: { $ref: 'aws_s3_bucket.counted[0]', attribute: 'arn' },
      all: [
        { $ref: 'aws_s3_bucket.counted[0]', attribute: 'arn' },
        { $ref: 'aws_s3_bucket.counted[1]', attribute: 'arn' },
      ],
      by_key: { $ref: 'aws_security_group.each_map["ssh"]', attribute: 'id' },
      map_values: [
        { $ref: 'aws_security_group.each_map["https"]', attribute: 'id' },
        { $ref: 'aws_security_group.each_map["ssh"]', attribute: 'id' },
      ],
      maybe: { $ref: 'aws_s3_bucket.maybe[*]', attribute: 'arn' },
      maybe_all: { $unknown: 'var.unknown_count has no value' },
      count_of: 2,
    })
  })
})

describe('loadTerraform: variables', () => {
  it('applies defaults < terraform.tfvars < *.auto.tfvars (alphabetical, .json too) < -var-file < -var', async () => {
    const { at, problems } = await load('tfvars', {
      varFiles: [`${FIXTURES}/tfvars-extra/extra.tfvars`],
      vars: { e: 'cli', list: '["p", "q"]', port: '8080' },
    })
    expect(problems).toEqual([])
    expect(at('aws_sns_topic.vars').values).toEqual({ name: 'tfvars,a.auto,b.auto.json,var-file,cli,default', list: ['p', 'q'], port: 8080 })
  })

  it('without command-line values uses the files in the directory only', async () => {
    const { at } = await load('tfvars')
    expect(at('aws_sns_topic.vars').values).toEqual({ name: 'tfvars,a.auto,b.auto.json,b.auto.json,b.auto.json,default', list: [], port: 1 })
  })

  it('reports a missing var file', async () => {
    const { problems } = await load('tfvars', { varFiles: [`${FIXTURES}/tfvars-extra/none.tfvars`] })
    expect(problems).toEqual([{ file: `${FIXTURES}/tfvars-extra/none.tfvars`, line: 0, column: 0, severity: 'error', message: 'var file not found' }])
  })
})

describe('loadTerraform: modules', () => {
  it('loads local modules (count, for_each, nested) with module addresses and their own file locations', async () => {
    const { resources, at } = await load('modules')
    expect(resources.map((r) => r.address)).toEqual([
      'aws_sns_topic.uses_outputs',
      'module.single.aws_s3_bucket.this',
      'module.single.module.key.aws_kms_key.this',
      'module.counted[0].aws_s3_bucket.this',
      'module.counted[0].module.key.aws_kms_key.this',
      'module.counted[1].aws_s3_bucket.this',
      'module.counted[1].module.key.aws_kms_key.this',
      'module.each["dev"].aws_s3_bucket.this',
      'module.each["dev"].module.key.aws_kms_key.this',
      'module.each["prod"].aws_s3_bucket.this',
      'module.each["prod"].module.key.aws_kms_key.this',
      'module.loop.aws_sns_topic.loop',
    ])
    expect(new Set(resources.map((r) => r.unit))).toEqual(new Set(['test/fixtures/iac/terraform/modules/root']))
    expect(at('module.each["prod"].module.key.aws_kms_key.this').values).toEqual({ description: 'key for alias/each-prod-p' })
    expect(at('module.counted[1].aws_s3_bucket.this').location).toEqual({
      file: 'test/fixtures/iac/terraform/modules/modules/bucket/main.tf',
      startLine: 5,
      endLine: 7,
    })
  })

  it('gives module outputs to the caller and applies a suppression on a module block to its resources', async () => {
    const { at } = await load('modules')
    expect(at('aws_sns_topic.uses_outputs').values).toEqual({
      name: { $ref: 'module.single.aws_s3_bucket.this', attribute: 'bucket' },
      arn: { $ref: 'module.single.aws_s3_bucket.this', attribute: 'arn' },
      key: { $ref: 'module.single.module.key.aws_kms_key.this', attribute: 'arn' },
      second: { $ref: 'module.counted[1].aws_s3_bucket.this', attribute: 'bucket' },
      prod: { $ref: 'module.each["prod"].aws_s3_bucket.this', attribute: 'bucket' },
      all_names: [
        { $ref: 'module.counted[0].aws_s3_bucket.this', attribute: 'bucket' },
        { $ref: 'module.counted[1].aws_s3_bucket.this', attribute: 'bucket' },
      ],
    })
    const muted = [{ checkId: 'aws-s3-bucket-versioning-enabled', reason: 'these buckets hold build caches', line: 10 }]
    expect(at('module.counted[0].aws_s3_bucket.this').suppressions).toEqual(muted)
    expect(at('module.counted[1].module.key.aws_kms_key.this').suppressions).toEqual(muted)
    expect(at('module.single.aws_s3_bucket.this').suppressions).toEqual([])
  })

  it('skips remote sources with a notice and a module cycle with an error', async () => {
    const { problems } = await load('modules')
    expect(problems).toEqual([
      {
        file: `${FIXTURES}/modules/root/main.tf`,
        line: 23,
        column: 1,
        severity: 'notice',
        message: 'remote module source "terraform-aws-modules/s3-bucket/aws" skipped (module.registry)',
      },
      {
        file: `${FIXTURES}/modules/root/main.tf`,
        line: 28,
        column: 1,
        severity: 'notice',
        message: 'remote module source "git::https://example.com/modules.git//s3" skipped (module.git)',
      },
      {
        file: `${FIXTURES}/modules/modules/loop/main.tf`,
        line: 5,
        column: 1,
        severity: 'error',
        message: 'module.again calls ../loop, which is already being loaded (module cycle); skipped',
      },
    ])
  })

  it('scanning a module directory alone makes it a root module', async () => {
    const out = await loadTerraform(tfFiles(`${FIXTURES}/modules/modules/key`))
    expect(out.resources.map((r) => [r.address, r.unit, r.values])).toEqual([
      ['aws_kms_key.this', `${FIXTURES}/modules/modules/key`, { description: { $unknown: 'var.alias has no value', text: 'key for ${var.alias}' } }],
    ])
  })
})

describe('loadTerraform: policy documents', () => {
  it('builds aws_iam_policy_document JSON; unknown leaves give a partial document', async () => {
    const { at } = await load('policy')
    expect(at('aws_s3_bucket_policy.doc').values.policy).toEqual({
      $unknown: 'known only after apply: aws_s3_bucket.b.arn',
      partial: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'PublicRead',
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: { $unknown: 'known only after apply: aws_s3_bucket.b.arn', text: '${aws_s3_bucket.b.arn}/*' },
            Principal: '*',
          },
          {
            Effect: 'Deny',
            NotAction: ['s3:GetObject', 's3:ListBucket'],
            NotResource: 'arn:aws:s3:::other/*',
            Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: 'logging.s3.amazonaws.com' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceAccount': ['111122223333', '444455556666'] } },
          },
        ],
      },
    })
  })

  it('gives a known document as a JSON string, merging source and override documents', async () => {
    const { at } = await load('policy')
    const v = at('aws_iam_policy.known').values
    expect(JSON.parse(v.policy as string)).toEqual({
      Version: '2012-10-17',
      Id: 'known',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::policy-bucket' }],
    })
    expect(JSON.parse(v.merged as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::policy-bucket' },
        { Sid: 'Extra', Effect: 'Deny', Action: 's3:*', Resource: '*' },
      ],
    })
    expect(v.caller).toEqual({ $unknown: 'data source read at plan time: data.aws_caller_identity.current' })
  })

  it('keeps the document of a partly unknown jsonencode and of a JSON heredoc', async () => {
    const { at } = await load('policy')
    expect(at('aws_s3_bucket_policy.encoded').values.policy).toEqual({
      $unknown: 'known only after apply: aws_s3_bucket.b.arn',
      partial: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [
              { $unknown: 'known only after apply: aws_s3_bucket.b.arn', text: '${aws_s3_bucket.b.arn}/*' },
              { $ref: 'aws_s3_bucket.b', attribute: 'arn' },
            ],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    })
    const heredoc = at('aws_s3_bucket_policy.heredoc').values.policy as { partial: { Statement: unknown[] } }
    expect(heredoc.partial.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: {
          AWS: {
            $unknown: 'data source read at plan time: data.aws_caller_identity.current',
            text: 'arn:aws:iam::${data.aws_caller_identity.current.account_id}:root',
          },
        },
        Action: 's3:GetObject',
        Resource: { $unknown: 'known only after apply: aws_s3_bucket.b.arn', text: '${aws_s3_bucket.b.arn}/*' },
      },
    ])
  })
})

describe('loadTerraform: bad input', () => {
  it('reports a syntax error with line and column and still loads the file’s other resources', async () => {
    const { resources, problems } = await load('errors')
    expect(resources.filter((r) => r.location.file.endsWith('broken.tf')).map((r) => [r.address, r.location.startLine, r.location.endLine])).toEqual([
      ['aws_s3_bucket.before', 1, 3],
      ['aws_s3_bucket.broken', 5, 8],
      ['aws_s3_bucket.after', 10, 12],
    ])
    expect(problems.filter((p) => p.file.endsWith('broken.tf'))).toEqual([
      { file: `${FIXTURES}/errors/broken.tf`, line: 7, column: 12, severity: 'error', message: 'syntax error: unexpected input' },
    ])
  })

  it('turns a reference cycle into an Unknown and a problem, without hanging', async () => {
    const { resources, problems } = await load('errors')
    expect(resources.find((r) => r.address === 'aws_sns_topic.cycle')?.values).toEqual({
      name: { $unknown: 'local.a refers to itself (reference cycle)' },
      ok: 'fine',
    })
    expect(problems.filter((p) => p.file.endsWith('cycle.tf'))).toEqual([
      {
        file: `${FIXTURES}/errors/cycle.tf`,
        line: 2,
        column: 1,
        severity: 'error',
        message: 'local.a refers to itself through a reference cycle; its value is unknown',
      },
    ])
  })

  it('reads integer literals with an exponent, which the grammar alone does not (tree-sitter-hcl PR #72)', async () => {
    const { resources, problems } = await load('errors')
    expect(problems.filter((p) => p.file.endsWith('exponent.tf'))).toEqual([])
    expect(resources.filter((r) => r.location.file.endsWith('exponent.tf')).map((r) => [r.address, r.values])).toEqual([
      ['aws_sns_topic.exponent', { big: 1000, small: 0.25 }],
      ['aws_sns_topic.after_exponent', { name: 'still read' }],
    ])
  })

  const tmp = mkdtempSync(path.join(tmpdir(), 'posture-tf-'))
  afterAll(() => rmSync(tmp, { recursive: true, force: true }))

  it('survives 100,000 nested blocks: a nesting problem, and the resources around still load', async () => {
    const depth = 100_000
    const text = `resource "aws_sns_topic" "first" {\n  name = "first"\n}\n\nresource "aws_sns_topic" "deep" {\n${'a {\n'.repeat(depth)}${'}\n'.repeat(depth)}}\n\nresource "aws_sns_topic" "last" {\n  name = "last"\n}\n`
    const file = path.join(tmp, 'deep.tf')
    writeFileSync(file, text)
    const out = await loadTerraform([file])
    expect(out.resources.map((r) => r.address)).toEqual(['aws_sns_topic.first', 'aws_sns_topic.deep', 'aws_sns_topic.last'])
    expect(out.resources[2]?.location.startLine).toBe(2 * depth + 8)
    expect(out.problems.map((p) => [p.line, p.message])).toEqual([
      [1005, 'syntax error: nested more than 1000 levels deep; the rest of this expression or block is not read'],
    ])
  }, 60_000)

  it('survives deeply nested expressions', async () => {
    const file = path.join(tmp, 'deep-expr.tf')
    writeFileSync(
      file,
      `resource "aws_sns_topic" "t" {\n  a = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n  b = ${'1 + '.repeat(20_000)}1\n  c = "ok"\n}\n`,
    )
    const out = await loadTerraform([file])
    expect(out.resources[0]?.values.c).toBe('ok')
    expect(out.problems.map((p) => p.line)).toEqual([2])
  }, 60_000)

  it(`stops following modules nested more than ${MAX_MODULE_DEPTH} deep, with a problem`, async () => {
    const levels = MAX_MODULE_DEPTH + 5
    let dir = path.join(tmp, 'nested')
    const rootFile = path.join(dir, 'main.tf')
    for (let i = 0; i < levels; i++) {
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        path.join(dir, 'main.tf'),
        `resource "aws_sns_topic" "t" {\n  name = "level-${i}"\n}\n\nmodule "next" {\n  source = "./next"\n}\n`,
      )
      dir = path.join(dir, 'next')
    }
    const out = await loadTerraform([rootFile])
    expect(out.resources).toHaveLength(MAX_MODULE_DEPTH + 1)
    expect(out.resources.at(-1)?.address).toBe(`${'module.next.'.repeat(MAX_MODULE_DEPTH)}aws_sns_topic.t`)
    expect(out.problems.map((p) => [p.line, p.message])).toEqual([[5, `module.next: modules nested more than ${MAX_MODULE_DEPTH} deep; skipped`]])
  })

  it(`cuts reference chains longer than ${MAX_REFERENCE_DEPTH} with a problem instead of overflowing the stack`, async () => {
    const n = 5000
    const locals = Array.from({ length: n }, (_, i) => `  l${i} = ${i + 1 < n ? `local.l${i + 1}` : '"end"'}`).join('\n')
    const file = path.join(tmp, 'chain.tf')
    writeFileSync(file, `locals {\n${locals}\n}\n\nresource "aws_sns_topic" "t" {\n  name = local.l0\n  tail = local.l${n - 2}\n}\n`)
    const out = await loadTerraform([file])
    expect(out.resources[0]?.values).toEqual({
      name: { $unknown: `references nested more than ${MAX_REFERENCE_DEPTH} deep` },
      tail: 'end',
    })
    expect(out.problems.map((p) => [p.line, p.message])).toEqual([
      [MAX_REFERENCE_DEPTH + 2, `local.l${MAX_REFERENCE_DEPTH}: references nested more than ${MAX_REFERENCE_DEPTH} deep; its value is unknown`],
    ])
  })

  it('reports an unreadable file and goes on', async () => {
    const out = await loadTerraform([path.join(tmp, 'missing.tf'), ...tfFiles(`${FIXTURES}/tfvars`)])
    expect(out.problems.map((p) => [p.severity, p.message.startsWith('cannot read:')])).toEqual([['error', true]])
    expect(out.resources.map((r) => r.address)).toEqual(['aws_sns_topic.vars'])
  })
})

describe('loadTerraform: files', () => {
  it('reads file() and templatefile() relative to the root module, and fileexists()', async () => {
    const { at } = await load('files')
    expect(JSON.parse(at('aws_iam_policy.from_file').values.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
    })
    expect(at('aws_iam_policy.from_file').values.exists).toEqual([true, false])
    const t = at('aws_iam_policy.from_template').values
    expect(JSON.parse(t.policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }],
    })
    expect((t.missing as { $unknown: string }).$unknown).toMatch(/^cannot read test\/fixtures\/iac\/terraform\/files\/templates\/missing\.json: /)
  })
})
