import check from './aws-ec2-sg-no-all-traffic-from-internet.js'
import { describeIngressCheck } from '../../_shared/network-testing.js'

describeIngressCheck(check, [
  { name: 'protocol -1 from 0.0.0.0/0', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'protocol -1 from ::/0', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv6: '::/0' }], expected: 'fail' },
  { name: 'tcp 0-65535 from 0.0.0.0/0', ingress: [{ protocol: 'tcp', fromPort: 0, toPort: 65535, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  {
    name: 'all traffic from the VPC range',
    ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '10.0.0.0/16' }],
    expected: 'pass',
  },
  { name: 'all traffic from itself', ingress: [{ protocol: '-1', fromPort: null, toPort: null, groupId: 'sg-0a1b2c' }], expected: 'pass' },
  { name: 'HTTPS from the internet', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
])
