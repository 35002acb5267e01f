import check from './aws-ec2-sg-no-rdp-from-internet.js'
import { describeIngressCheck } from '../../_shared/network-testing.js'

describeIngressCheck(check, [
  { name: 'RDP from the internet (IPv4)', ingress: [{ protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'RDP inside a range from ::/0', ingress: [{ protocol: 'tcp', fromPort: 3000, toPort: 4000, cidrIpv6: '::/0' }], expected: 'fail' },
  { name: 'all traffic from the internet', ingress: [{ protocol: '-1', fromPort: null, toPort: null, cidrIpv4: '0.0.0.0/0' }], expected: 'fail' },
  { name: 'RDP from a corporate range', ingress: [{ protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
  { name: 'HTTPS from the internet', ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }], expected: 'pass' },
  { name: 'UDP 3389 is not TCP RDP', ingress: [{ protocol: 'udp', fromPort: 3389, toPort: 3389, cidrIpv4: '10.0.0.0/8' }], expected: 'pass' },
])
