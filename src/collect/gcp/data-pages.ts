/**
 * Every page of a Google list, following nextPageToken until it is empty. A list without paging (GKE clusters) is one
 * page. Pass `absentOn: ['SERVICE_DISABLED']` to ctx.paginate: an API not enabled in a project holds nothing there.
 */
export async function* tokenPages<P extends object>(fetch: (pageToken: string | undefined) => Promise<P>): AsyncIterable<P> {
  let pageToken: string | undefined
  do {
    const page = await fetch(pageToken)
    yield page
    pageToken = (page as { nextPageToken?: string | null }).nextPageToken || undefined
  } while (pageToken)
}

/** absentOn for list calls: a Google API not enabled in the project holds no resources there (an empty list, not an error). */
export const DISABLED: readonly string[] = ['SERVICE_DISABLED']
