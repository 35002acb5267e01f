import { defineCheck } from '../../../evaluate/define-check.js'
import { AWS, type SecurityGroupAttributes } from '../../../normalize/aws/types.js'
import { describeRule, internetRulesCovering } from '../../_shared/network.js'

// SMB over TCP (445) and SMB over NetBIOS session service (139).
const CIFS_PORTS = [445, 139]

/** Security groups must not expose Windows file sharing (SMB/CIFS) to the internet. */
export default defineCheck<SecurityGroupAttributes>({
  id: 'aws-ec2-sg-no-cifs-from-internet',
  title: 'Security group does not allow CIFS/SMB (445, 139) from 0.0.0.0/0 or ::/0',
  resourceType: AWS.ec2SecurityGroup,
  severity: 'high',
  categories: ['network'],
  rationale:
    'SMB exposed to the internet has been the entry point of wormable attacks such as WannaCry and NotPetya (EternalBlue, MS17-010) and leaks file shares and NTLM hashes to anyone who connects.',
  remediation: {
    steps: [
      'Remove inbound rules that cover TCP 445 or 139 (including all-traffic rules) from 0.0.0.0/0 and ::/0.',
      'Reach file shares over a VPN, AWS Direct Connect or from specific security groups only.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <group-id> --protocol tcp --port 445 --cidr 0.0.0.0/0',
    terraform:
      'In aws_security_group ingress blocks (or aws_vpc_security_group_ingress_rule) whose port range includes 445 or 139, replace "0.0.0.0/0" / "::/0" with specific CIDRs or referenced_security_group_id.',
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-group-rules.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
    ],
  },
  evaluate(sg, result) {
    const open = internetRulesCovering(sg.attributes.ingress, CIFS_PORTS)
    return open.length === 0
      ? result.pass(`No inbound rule of ${sg.attributes.groupId} opens TCP 445 or 139 to the internet.`)
      : result.fail(`Inbound rule(s) ${open.map(describeRule).join(', ')} of ${sg.attributes.groupId} open SMB/CIFS to the internet.`)
  },
})
