/** Constants of the demo estate, in a module of their own so that seed parts can import them without an import cycle. */

/** The account moto serves by default. */
export const DEMO_ACCOUNT = '123456789012'
/** The two regions the demo estate spans: the first is the "home" region. */
export const DEMO_REGIONS = ['us-east-1', 'eu-west-1'] as const
/** Static credentials the emulator accepts. */
export const DEMO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' }
