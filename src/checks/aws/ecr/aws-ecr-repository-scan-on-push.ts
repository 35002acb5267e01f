import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EcrRegistryScanning, type EcrRepositoryAttributes } from '../../../normalize/aws/types.js'

/** True when a WILDCARD repository filter (`*` = any characters) matches the repository name. */
function filterMatches(filter: string, name: string): boolean {
  const re = new RegExp(
    `^${filter
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  )
  return re.test(name)
}

/** The registry rule that scans the repository automatically (on push or continuously), if any. */
function automaticRule(scanning: EcrRegistryScanning, name: string): string | undefined {
  return scanning.rules.find(
    (r) => (r.frequency === 'SCAN_ON_PUSH' || r.frequency === 'CONTINUOUS_SCAN') && r.filters.some((f) => filterMatches(f, name)),
  )?.frequency
}

/** Images should be scanned for vulnerabilities when pushed (basic scan on push, or enhanced scanning). */
export default defineCheck<EcrRepositoryAttributes>({
  id: 'aws-ecr-repository-scan-on-push',
  title: 'ECR repository images are scanned for vulnerabilities on push',
  resourceType: AWS.ecrRepository,
  severity: 'medium',
  categories: ['patching'],
  rationale:
    'Without automatic scanning, images with known vulnerable packages are pushed and deployed without anyone being told; scan on ' +
    'push (or Amazon Inspector enhanced scanning) reports CVEs for every new image before it reaches production.',
  remediation: {
    steps: [
      'Enable enhanced scanning for the registry with a rule that matches the repository (continuous or on push),',
      'or, with basic scanning, a registry scan-on-push rule matching it (or scanOnPush on the repository).',
    ],
    cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    terraform:
      'aws_ecr_registry_scanning_configuration with a rule { scan_frequency = "SCAN_ON_PUSH" } matching the repository, or aws_ecr_repository image_scanning_configuration { scan_on_push = true }.',
    references: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-1',
    ],
  },
  evaluate(repo, result) {
    const { repositoryName: name, scanOnPush } = repo.attributes
    const scanning = known(repo.attributes.registryScanning, `registry scanning configuration for ${name}`)
    const rule = automaticRule(scanning, name)
    if (scanning.scanType === 'ENHANCED') {
      // With enhanced scanning, only repositories matching a rule are scanned; the repository-level flag is ignored.
      return rule
        ? result.pass(`Repository ${name} is covered by enhanced scanning (${rule}).`)
        : result.fail(`Repository ${name} matches no enhanced-scanning rule of the registry, so its images are not scanned.`)
    }
    if (rule) return result.pass(`Repository ${name} is scanned on push by a registry rule (basic scanning).`)
    return scanOnPush
      ? result.pass(`Repository ${name} has scan on push enabled (basic scanning).`)
      : result.fail(`Repository ${name} has scan on push off and no registry rule scans it automatically.`)
  },
})
