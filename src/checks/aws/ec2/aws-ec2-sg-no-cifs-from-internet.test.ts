import check from './aws-ec2-sg-no-cifs-from-internet.js'
import { describeIngressCheck } from '../../_shared/network-testing.js'

describeIngressCheck(check, [
  { name: 'TCP 445 from 0.0.0.0/0', ingress: [{ protocol: 'tcp', fromPort: 445, toPort: 445, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'TCP 139 from ::/0', ingress: [{ protocol: 'tcp', fromPort: 139, toPort: 139, cidrIpv6: '::/0' }], expected: 'fail' },
  { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'TCP 445 from a private range', ingress: [{ protocol: 'tcp', fromPort: 445, toPort: 445, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
  { name: 'UDP 445 is not SMB over TCP', ingress: [{ protocol: 'udp', fromPort: 445, toPort: 445, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
  { name: 'HTTP from the internet', ingress: [{ protocol: 'tcp', fromPort: 80, toPort: 80, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
])
