/** EC2 instance lifecycle helpers shared by the instance checks. */

// Instances in these states are gone or going; they cannot be reconfigured and AWS removes them from listings
// about an hour after termination. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
const ENDING_STATES = new Set(['shutting-down', 'terminated'])

/** True for instances that exist and can run again (pending, running, stopping, stopped). */
export function isLiveInstance(state: string): boolean {
  return !ENDING_STATES.has(state)
}
