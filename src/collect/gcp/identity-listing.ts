/** Paging helpers shared by the IAM, Cloud Storage and Cloud KMS collectors. */
import { errorCode } from '../run-context.js'

/** A page of a Google list method: the next page's token when there is one. */
interface TokenPage {
  nextPageToken?: string | null
}

/** Every page of a @googleapis list method, following nextPageToken (`fetch` gets undefined for the first page). */
export async function* tokenPages<P extends TokenPage>(fetch: (pageToken: string | undefined) => Promise<{ data: P }>): AsyncIterable<P> {
  let pageToken: string | undefined
  do {
    const { data } = await fetch(pageToken)
    yield data
    pageToken = data.nextPageToken || undefined
  } while (pageToken)
}

/**
 * The pages, or none when the API is not enabled in the project: Google answers SERVICE_DISABLED, and a service that
 * was never enabled holds no resources (https://cloud.google.com/service-usage/docs/enable-disable). ctx.paginate has
 * no `absentOn`, so the list ends here instead; a failure after the first page is still a failure.
 */
export async function* unlessDisabled<P>(pages: AsyncIterable<P>): AsyncIterable<P> {
  let seen = false
  try {
    for await (const page of pages) {
      seen = true
      yield page
    }
  } catch (err) {
    if (seen || errorCode(err) !== 'SERVICE_DISABLED') throw err
  }
}
