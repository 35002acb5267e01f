import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type SageMakerNotebookInstanceAttributes } from '../../../normalize/aws/types.js'

/** Notebook users should not get root on the instance (RootAccess defaults to Enabled). */
export default defineCheck<SageMakerNotebookInstanceAttributes>({
  id: 'aws-sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instance has root access disabled for its users',
  resourceType: AWS.sagemakerNotebookInstance,
  severity: 'medium',
  categories: ['identity'],
  rationale:
    'With root access, anyone who can open the notebook can change the instance itself: install software, disable logging agents, ' +
    "alter other users' files and lifecycle hooks, and read the credentials of the execution role from any process. Without it, " +
    'users keep the notebook and the role but cannot tamper with the instance.',
  remediation: {
    steps: [
      'Stop the notebook instance, set RootAccess to Disabled, and start it again.',
      'Move any package installation that needs root into a lifecycle configuration script, which still runs as root.',
    ],
    cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name <name> && aws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled',
    terraform: 'aws_sagemaker_notebook_instance: root_access = "Disabled".',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html'],
  },
  evaluate(nb, result) {
    const name = nb.attributes.notebookInstanceName
    return known(nb.attributes.rootAccess, `root access setting of notebook instance ${name}`)
      ? result.fail(`Notebook instance ${name} gives its users root access (RootAccess Enabled).`)
      : result.pass(`Notebook instance ${name} has root access disabled.`)
  },
})
