/**
 * Every page of a Google list, following nextPageToken until it is empty. A list without paging (GKE clusters) is one
 * page. An API not enabled in the project (SERVICE_DISABLED) holds nothing there: ctx.paginate reads that as an empty
 * list for every Google collector; `ctx.call` lists pass `absentOn: DISABLED`.
 */
export async function* tokenPages<P extends object>(fetch: (pageToken: string | undefined) => Promise<P>): AsyncIterable<P> {
  let pageToken: string | undefined
  do {
    const page = await fetch(pageToken)
    yield page
    pageToken = (page as { nextPageToken?: string | null }).nextPageToken || undefined
  } while (pageToken)
}

/** absentOn for lists read with ctx.call: a Google API not enabled in the project holds no resources there (an empty list, not an error). */
export const DISABLED: readonly string[] = ['SERVICE_DISABLED']
