import { main } from './main.js'

// The SDK warns on every run that releases after January 2027 need Node 22; Posture documents that instead
// (README, "Requirements"), so the warning would only add noise to every scan's stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

// The process entry point (bin/posture.js imports this file); exit codes are documented in the README.
process.exitCode = await main(process.argv)
