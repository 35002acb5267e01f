import {
  CodeBuildClient,
  BatchGetProjectsCommand,
  ListSourceCredentialsCommand,
  paginateListProjects,
  type Project,
  type SourceCredentialsInfo,
} from '@aws-sdk/client-codebuild'
import type { CallResult } from '../collector.js'
import { describeInBatches, type BatchItem } from './ecs.js'
import type { AwsCollector } from './module.js'

/** SDK shapes the normalizer reads. */
export type { Project as CodeBuildProject, SourceCredentialsInfo } from '@aws-sdk/client-codebuild'

/** Raw CodeBuild data for one region: projects with their BatchGetProjects answer, and the stored source credentials. */
export interface CodeBuildRaw {
  projects: { name: string; project: BatchItem<Project> }[]
  sourceCredentials: CallResult<SourceCredentialsInfo[] | null>
}

const PROJECT = 'aws.codebuild.project'
const SOURCE_CREDENTIALS = 'aws.codebuild.source-credentials'

/** CodeBuild projects (environment, sources, artifacts, logs, visibility) and the region's source credentials. */
export const codebuildCollector: AwsCollector<CodeBuildRaw> = {
  service: 'codebuild',
  scope: 'regional',
  produces: [PROJECT, SOURCE_CREDENTIALS],
  async collect(ctx, session) {
    const codebuild = session.client(CodeBuildClient, ctx.region)
    const [list, sourceCredentials] = await Promise.all([
      ctx.paginate(
        'ListProjects',
        (abortSignal) => paginateListProjects({ client: codebuild }, {}, { abortSignal }),
        (p) => p.projects,
        { affects: [PROJECT] },
      ),
      // One answer per region (ListSourceCredentials has no pagination); its failure leaves only that setting Unknown.
      ctx.call(
        'ListSourceCredentials',
        async (abortSignal) => (await codebuild.send(new ListSourceCredentialsCommand({}), { abortSignal })).sourceCredentialsInfos ?? [],
        // resource = the setting's documented uid (settingUid in normalize/aws/types.ts).
        { resource: `aws:${ctx.account}:${ctx.region}:codebuild-source-credentials` },
      ),
    ])
    const names = list.ok ? list.value : []
    // BatchGetProjects takes at most 100 names per call.
    const described = await describeInBatches(
      ctx,
      'BatchGetProjects',
      names,
      100,
      async (chunk, abortSignal) => (await codebuild.send(new BatchGetProjectsCommand({ names: chunk }), { abortSignal })).projects,
      (p) => p.name,
    )
    return { projects: names.map((name) => ({ name, project: described.get(name)! })), sourceCredentials }
  },
}
