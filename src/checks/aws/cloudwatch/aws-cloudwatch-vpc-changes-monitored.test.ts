import check from './aws-cloudwatch-vpc-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=EnableVpcClassicLink)||($.eventName=DisableVpcClassicLink)||($.eventName=DetachClassicLinkVpc)||($.eventName=AttachClassicLinkVpc)||($.eventName=RejectVpcPeeringConnection)||($.eventName=DeleteVpcPeeringConnection)||($.eventName=CreateVpcPeeringConnection)||($.eventName=AcceptVpcPeeringConnection)||($.eventName=ModifyVpcAttribute)||($.eventName=DeleteVpc)||($.eventName=CreateVpc)}',
  incomplete:
    '{($.eventName=DisableVpcClassicLink)||($.eventName=DetachClassicLinkVpc)||($.eventName=AttachClassicLinkVpc)||($.eventName=RejectVpcPeeringConnection)||($.eventName=DeleteVpcPeeringConnection)||($.eventName=CreateVpcPeeringConnection)||($.eventName=AcceptVpcPeeringConnection)||($.eventName=ModifyVpcAttribute)||($.eventName=DeleteVpc)||($.eventName=CreateVpc)}',
  missing: 'EnableVpcClassicLink',
})
