// ESLint flat config: type-aware TypeScript rules plus the pipeline layering of STYLE.md
// (a stage imports only core/ and the stages before it; checks never import collectors or SDKs).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'

const stage = (dir) => `./src/${dir}`
const layering = [
  {
    target: stage('core'),
    from: ['collect', 'normalize', 'iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'scan', 'cli'].map(stage),
    message: 'core/ imports nothing from later stages.',
  },
  {
    target: stage('collect'),
    from: ['normalize', 'iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'scan', 'cli'].map(stage),
    message: 'Collectors return raw data; they never normalize or decide pass/fail.',
  },
  { target: stage('normalize'), from: ['iac', 'evaluate', 'checks', 'frameworks', 'score', 'report', 'scan', 'cli'].map(stage) },
  { target: stage('evaluate'), from: ['collect', 'checks', 'frameworks', 'score', 'report', 'scan', 'cli'].map(stage) },
  {
    target: stage('checks'),
    from: ['collect', 'iac', 'frameworks', 'score', 'report', 'scan', 'cli'].map(stage),
    message: 'Checks never import collectors, SDKs or later stages.',
  },
  { target: stage('frameworks'), from: ['collect', 'normalize', 'iac', 'evaluate', 'checks', 'score', 'report', 'scan', 'cli'].map(stage) },
  { target: stage('report'), from: ['collect', 'iac', 'scan', 'cli'].map(stage) },
  { target: stage('scan'), from: [stage('cli')] },
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.venv/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: layering }],
      // Checks and collectors must not pull in SDKs directly (STYLE.md): only collect/ talks to cloud APIs.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/checks/**/*.ts', 'src/normalize/**/*.ts', 'src/evaluate/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@aws-sdk/*', '@azure/*', '@googleapis/*', '@google-cloud/*'], message: 'Only collect/ talks to cloud SDKs.' }] },
      ],
    },
  },
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
