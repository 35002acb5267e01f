import check from './aws-cloudwatch-route-table-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=DisassociateRouteTable)||($.eventName=DeleteRoute)||($.eventName=DeleteRouteTable)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=ReplaceRoute)||($.eventName=CreateRouteTable)||($.eventName=CreateRoute)}',
  incomplete:
    '{($.eventName=DeleteRoute)||($.eventName=DeleteRouteTable)||($.eventName=ReplaceRouteTableAssociation)||($.eventName=ReplaceRoute)||($.eventName=CreateRouteTable)||($.eventName=CreateRoute)}',
  missing: 'DisassociateRouteTable',
  variants: [
    {
      name: 'CIS v1.5 pattern scoped to ec2.amazonaws.com',
      pattern:
        '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
    },
  ],
})
