import { defineCheck } from '../../../evaluate/define-check.js'
import { known } from '../../../core/unknown.js'
import { AWS, type EksNodegroupAttributes } from '../../../normalize/aws/types.js'

/** A managed node group with an SSH key but no source security groups opens port 22 of its nodes to 0.0.0.0/0. */
export default defineCheck<EksNodegroupAttributes>({
  id: 'aws-eks-nodegroup-no-ssh-from-internet',
  title: 'EKS managed node group does not open SSH to the internet',
  resourceType: AWS.eksNodegroup,
  severity: 'high',
  categories: ['network'],
  rationale:
    'When a managed node group sets remoteAccess.ec2SshKey without sourceSecurityGroups, EKS opens port 22 on every node to ' +
    '0.0.0.0/0; a leaked key or an SSH flaw then gives a shell on a node, with its instance role and the pods running on it.',
  remediation: {
    steps: [
      'Remote access cannot be changed on an existing node group: create a replacement node group without remoteAccess (use SSM Session Manager) or with sourceSecurityGroups limited to a bastion.',
      'Move the workloads to it and delete the old node group.',
    ],
    cli: 'aws eks create-nodegroup --cluster-name <cluster> --nodegroup-name <name> --subnets <subnets> --node-role <role-arn> --remote-access ec2SshKey=<key>,sourceSecurityGroups=<bastion-sg>',
    terraform: 'aws_eks_node_group: remove remote_access, or set remote_access { ec2_ssh_key = ..., source_security_group_ids = [<bastion SG>] }.',
    references: [
      'https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html',
      'https://docs.aws.amazon.com/eks/latest/userguide/create-managed-node-group.html',
    ],
  },
  evaluate(ng, result) {
    const name = `${ng.attributes.clusterName}/${ng.attributes.nodegroupName}`
    const remote = known(ng.attributes.remoteAccess, `remote access configuration of node group ${name}`)
    if (remote === null || !remote.ec2SshKey) return result.pass(`Node group ${name} has no SSH remote access configured.`)
    return remote.sourceSecurityGroups.length === 0
      ? result.fail(`Node group ${name} allows SSH with key ${remote.ec2SshKey} and no source security groups, so port 22 is open to 0.0.0.0/0.`)
      : result.pass(`Node group ${name} limits SSH to the security groups ${remote.sourceSecurityGroups.join(', ')}.`)
  },
})
