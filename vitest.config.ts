import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code; integration tests start real servers (moto) and run serially. Both trust the
// self-signed certificate of the HTTPS fixture servers that stand in for Azure and Google Cloud (test/support/tls.ts).
// The SDK's Node 22 notice is documented in the README; it would only add noise to test output.
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          env,
          globalSetup: ['test/support/tls-global-setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['test/support/tls-global-setup.ts', 'test/integration/global-setup.ts'],
        },
      },
    ],
  },
})
