/**
 * Lambda runtime identifiers and the date each one was (or is scheduled to be) deprecated, from the AWS Lambda developer
 * guide, "Lambda runtimes" → Supported runtimes / Deprecated runtimes
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html), as listed in November 2026. After the deprecation
 * date a runtime gets no more security patches. Identifiers not listed are treated as supported. Not a check (the
 * registry loads aws-* files only).
 */
export const RUNTIME_DEPRECATION: Readonly<Record<string, string>> = {
  // Node.js
  nodejs: '2016-10-31',
  'nodejs4.3': '2020-03-06',
  'nodejs4.3-edge': '2019-04-30',
  'nodejs6.10': '2019-08-12',
  'nodejs8.10': '2020-03-06',
  'nodejs10.x': '2021-07-30',
  'nodejs12.x': '2023-03-31',
  'nodejs14.x': '2023-12-04',
  'nodejs16.x': '2024-06-12',
  'nodejs18.x': '2025-09-01',
  'nodejs20.x': '2026-04-30',
  // Python
  'python2.7': '2021-07-15',
  'python3.6': '2022-07-18',
  'python3.7': '2023-12-04',
  'python3.8': '2024-10-14',
  'python3.9': '2025-12-15',
  // Ruby
  'ruby2.5': '2021-07-30',
  'ruby2.7': '2023-12-07',
  'ruby3.2': '2026-03-31',
  // Java, .NET, Go and the Amazon Linux 1 custom runtime
  java8: '2024-01-08',
  'dotnetcore1.0': '2019-07-30',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore3.1': '2023-04-03',
  'dotnet5.0': '2022-05-10',
  dotnet6: '2024-12-20',
  dotnet7: '2024-05-14',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
}

/** The deprecation date of `runtime` when it is on or before `now`, else null (supported, or not known to be deprecated). */
export function deprecatedSince(runtime: string, now: Date): string | null {
  const date = RUNTIME_DEPRECATION[runtime]
  return date !== undefined && new Date(`${date}T00:00:00Z`).getTime() <= now.getTime() ? date : null
}
