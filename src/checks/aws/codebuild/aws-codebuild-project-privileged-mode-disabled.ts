import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type CodeBuildProjectAttributes } from '../../../normalize/aws/types.js'

/** Build containers should not run privileged (needed only to run a Docker daemon inside the build). */
export default defineCheck<CodeBuildProjectAttributes>({
  id: 'aws-codebuild-project-privileged-mode-disabled',
  title: 'CodeBuild project build environment does not run in privileged mode',
  resourceType: AWS.codebuildProject,
  severity: 'high',
  categories: ['identity'],
  rationale:
    "Privileged mode gives the build container root access to the build host's devices and kernel features; a malicious " +
    "dependency, pull request or build script can then escape the container, tamper with the build and reach the project's role credentials.",
  remediation: {
    steps: [
      'Turn off privileged mode unless the project builds Docker images; if it does, keep it only for that project and restrict who can change its source and buildspec.',
      'Prefer building images without a daemon (for example with Kaniko or Buildah rootless) so privileged mode is not needed.',
    ],
    cli: 'aws codebuild update-project --name <project> --environment "type=LINUX_CONTAINER,image=<image>,computeType=<compute-type>,privilegedMode=false"',
    terraform: 'aws_codebuild_project: environment { privileged_mode = false }.',
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/APIReference/API_ProjectEnvironment.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/codebuild-controls.html#codebuild-5',
    ],
  },
  evaluate(p, result) {
    const { projectName } = p.attributes
    return known(p.attributes.privilegedMode, `build environment of project ${projectName}`)
      ? result.fail(`Project ${projectName} runs its build container in privileged mode.`)
      : result.pass(`Project ${projectName} does not use privileged mode.`)
  },
})
