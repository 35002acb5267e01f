import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SageMakerNotebookLifecycleConfigAttributes } from '../../../normalize/aws/types.js'
import { secretsVerdict } from '../../_shared/secrets.js'

/** Notebook lifecycle configuration scripts must not embed credentials. */
export default defineCheck<SageMakerNotebookLifecycleConfigAttributes>({
  id: 'aws-sagemaker-lifecycle-config-no-secrets',
  title: 'SageMaker notebook lifecycle configuration scripts hold no plaintext credentials',
  resourceType: AWS.sagemakerNotebookLifecycleConfig,
  severity: 'critical',
  categories: ['secrets'],
  rationale:
    'Lifecycle scripts are stored as plain base64 and returned by DescribeNotebookInstanceLifecycleConfig to anyone allowed to read ' +
    'SageMaker configuration, and they run on every notebook that uses them: a token, key or password written into one is shared with all of them.',
  remediation: {
    steps: [
      'Rotate the exposed credential now: assume it has been read.',
      'Keep the secret in AWS Secrets Manager and fetch it in the script with the notebook execution role (aws secretsmanager get-secret-value).',
      'Update the lifecycle configuration with the cleaned script.',
    ],
    cli: 'aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name <name> --on-start Content=$(base64 -w0 on-start.sh)',
    terraform: 'aws_sagemaker_notebook_instance_lifecycle_configuration: on_start / on_create = base64encode(<script without secrets>).',
    references: [
      'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
    ],
  },
  evaluate: (cfg, result) =>
    secretsVerdict(cfg.attributes.scriptSecrets, `the scripts of lifecycle configuration ${cfg.attributes.lifecycleConfigName}`, result),
})
