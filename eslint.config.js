// ESLint flat config: type-aware TypeScript rules plus the pipeline layering of STYLE.md
// (a stage imports only core/ and the stages before it; checks never import collectors or SDKs).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Each stage may import only core/ and the stages before it. Relative imports are matched by the directory name
// they reach into (e.g. '../../../collect/aws/session.js'); node_modules paths never contain these segments.
const STAGES = ['core', 'collect', 'normalize', 'iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli']
const SDKS = ['@aws-sdk/*', '@smithy/*', '@azure/*', '@googleapis/*', '@google-cloud/*']
/** Forbidden stages (and whether cloud SDKs are forbidden) per stage. */
const layering = {
  core: { deny: STAGES.filter((s) => s !== 'core'), sdk: true },
  collect: {
    deny: ['normalize', 'iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli'],
    sdk: false,
    why: 'Collectors return raw data; they never normalize or decide pass/fail.',
  },
  normalize: { deny: ['iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli'], sdk: true },
  iac: {
    deny: ['collect', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli'],
    sdk: true,
    why: 'IaC adapters turn templates into the same resources the collectors feed: they never run checks or call clouds.',
  },
  evaluate: { deny: ['collect', 'checks', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli'], sdk: true },
  checks: {
    deny: ['collect', 'iac', 'frameworks', 'score', 'report', 'notify', 'scan', 'cli'],
    sdk: true,
    why: 'Checks never import collectors, SDKs or later stages.',
  },
  frameworks: { deny: ['collect', 'normalize', 'iac', 'evaluate', 'checks', 'score', 'report', 'notify', 'scan', 'cli'], sdk: true },
  score: { deny: ['collect', 'normalize', 'iac', 'evaluate', 'checks', 'report', 'notify', 'scan', 'cli'], sdk: true },
  report: { deny: ['collect', 'iac', 'notify', 'scan', 'cli'], sdk: true },
  notify: { deny: ['collect', 'iac', 'scan', 'cli'], sdk: true, why: 'Notifiers take alerts from the store; they never collect or scan.' },
  scan: { deny: ['cli'], sdk: false },
}
const layeringConfigs = Object.entries(layering).map(([stage, { deny, sdk, why }]) => ({
  files: [`src/${stage}/**/*.ts`],
  // Tests are glue across stages (e.g. the framework test checks every mapped id against the check registry).
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: deny.flatMap((d) => [`../${d}/*`, `../**/${d}/*`, `../../**/${d}/*`]),
            message: why ?? `src/${stage} may import only core/ and earlier stages (STYLE.md).`,
          },
          ...(sdk ? [{ group: SDKS, message: 'Only collect/ (and scan/) talk to cloud SDKs.' }] : []),
        ],
      },
    ],
  },
}))

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layeringConfigs,
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
  },
)
