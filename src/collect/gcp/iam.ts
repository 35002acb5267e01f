import { iam, type iam_v1 } from '@googleapis/iam'
import { cloudresourcemanager, type cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager'
import { mapLimit } from '../limiter.js'
import type { CallResult } from '../collector.js'
import type { GcpCollector } from './module.js'
import { tokenPages } from './pages.js'

/** The project's IAM policy as Resource Manager v3 returns it. */
export type GcpProjectPolicyRaw = cloudresourcemanager_v3.Schema$Policy

/** A service account key as keys.list returns it. */
export type GcpServiceAccountKeyRaw = iam_v1.Schema$ServiceAccountKey

/** One service account and the result of listing its user-managed keys. */
export interface GcpServiceAccountRaw {
  account: iam_v1.Schema$ServiceAccount
  keys: CallResult<GcpServiceAccountKeyRaw[] | null>
}

/** Raw IAM data of one project. */
export interface GcpIamRaw {
  policy: CallResult<GcpProjectPolicyRaw | null>
  serviceAccounts: GcpServiceAccountRaw[]
}

const POLICY = 'gcp.iam.project-policy'
const SERVICE_ACCOUNT = 'gcp.iam.service-account'

/** The uid a service account's failures are recorded under (the normalizer's uid: its full resource name by email). */
function serviceAccountUid(project: string, email: string): string {
  return `//iam.googleapis.com/projects/${project}/serviceAccounts/${email}`
}

/**
 * The project IAM policy (Resource Manager v3 getIamPolicy, version 3 so conditional bindings come back as written:
 * https://cloud.google.com/iam/docs/policies#versions) and every service account with its user-managed keys.
 */
export const iamCollector: GcpCollector<GcpIamRaw> = {
  service: 'iam',
  scope: 'global',
  produces: [POLICY, SERVICE_ACCOUNT],
  async collect(ctx, session) {
    const rm = cloudresourcemanager({ version: 'v3', ...session.apiOptions() })
    const api = iam({ version: 'v1', ...session.apiOptions() })
    const [policy, accounts] = await Promise.all([
      ctx.call(
        'cloudresourcemanager.projects.getIamPolicy',
        async (signal) =>
          (
            await rm.projects.getIamPolicy(
              { resource: `projects/${ctx.account}`, requestBody: { options: { requestedPolicyVersion: 3 } } },
              { signal },
            )
          ).data,
        { affects: [POLICY] },
      ),
      ctx.paginate(
        'iam.projects.serviceAccounts.list',
        (signal) =>
          tokenPages(
            async (pageToken) =>
              (await api.projects.serviceAccounts.list({ name: `projects/${ctx.account}`, pageSize: 100, pageToken }, { signal })).data,
          ),
        (page) => page.accounts,
        { affects: [SERVICE_ACCOUNT] },
      ),
    ])
    const listed = accounts.ok ? accounts.value.filter((a) => !!a.email && !!a.name) : []
    const serviceAccounts = await mapLimit(listed, 8, async (account): Promise<GcpServiceAccountRaw> => {
      const keys = await ctx.call(
        'iam.projects.serviceAccounts.keys.list',
        async (signal) =>
          (await api.projects.serviceAccounts.keys.list({ name: account.name!, keyTypes: ['USER_MANAGED'] }, { signal })).data.keys ?? [],
        { resource: serviceAccountUid(account.projectId ?? ctx.account, account.email!) },
      )
      return { account, keys }
    })
    return { policy, serviceAccounts }
  },
}
