import check from './aws-cloudwatch-network-gateway-changes-monitored.js'
import { describeMonitoringCheck } from '../../_shared/monitoring-testing.js'

describeMonitoringCheck(check, {
  compact:
    '{($.eventName=DetachInternetGateway)||($.eventName=DeleteInternetGateway)||($.eventName=CreateInternetGateway)||($.eventName=AttachInternetGateway)||($.eventName=DeleteCustomerGateway)||($.eventName=CreateCustomerGateway)}',
  incomplete:
    '{($.eventName=DeleteInternetGateway)||($.eventName=CreateInternetGateway)||($.eventName=AttachInternetGateway)||($.eventName=DeleteCustomerGateway)||($.eventName=CreateCustomerGateway)}',
  missing: 'DetachInternetGateway',
})
