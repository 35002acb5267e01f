import {
  DATA_IN_TRANSIT_ENCRYPTED,
  DATA_STORES_ENCRYPTED_AT_REST,
  PUBLIC_CREDENTIALS,
  PUBLIC_DATA,
  STORE_BACKUPS,
  UNAUTHENTICATED_DATA_STORES,
  AUDIT_LOG_SOURCES,
  ACTIVITY_TRAIL,
} from './check-groups.js'
import type { Framework } from './types.js'

const ADM = '164.308 Administrative safeguards'
const PHY = '164.310 Physical safeguards'
const TEC = '164.312 Technical safeguards'
const ORG = '164.314 Organizational requirements'
const DOC = '164.316 Policies and procedures and documentation requirements'

/** Resource policies and sharing settings that let any principal reach data, keys or credentials. */
const OPEN_TO_ANYONE = [...PUBLIC_DATA, ...PUBLIC_CREDENTIALS]

/**
 * HIPAA Security Rule, 45 CFR Part 164 Subpart C (as amended in 2013). Requirement ids are the CFR paragraphs of each
 * standard and implementation specification; titles are our own short wording.
 *
 * Mapping notes:
 * - Physical safeguards (164.310), organizational requirements (164.314) and documentation (164.316) are manual.
 * - "Addressable" specifications are mapped like required ones: Posture reports the evidence, the entity documents any
 *   equivalent alternative it chose.
 * - The IAM password policy checks use CIS thresholds that the rule does not state, so they are not mapped to
 *   164.308(a)(5)(ii)(D); the CloudWatch sign-in failure alarm is one of several ways to monitor log-ins, so it is not
 *   mapped to 164.308(a)(5)(ii)(C). Both stay unmapped.
 * - The backup checks count only the resource's own backup feature (automated backups, PITR, snapshots, versioning,
 *   Azure blob and container soft delete); they do not see AWS Backup plans that may cover the same resource.
 * - Activity review (164.308(a)(1)(ii)(D)) rests on the account-wide audit trail: the multi-region CloudTrail trail and the
 *   exported Azure activity log (Google Cloud keeps Admin Activity audit logs whatever is configured).
 */
export const HIPAA_SECURITY: Framework = {
  id: 'hipaa',
  name: 'HIPAA Security Rule (45 CFR Part 164 Subpart C)',
  version: '2013',
  provider: 'multi',
  source: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-C',
  scope:
    'The standards and implementation specifications of 45 CFR 164.308, 164.310, 164.312, 164.314 and 164.316. The general rules ' +
    '(164.302, 164.304, 164.306) and the breach-notification and privacy subparts are not listed.',
  requirements: [
    {
      id: '164.308(a)(1)(i)',
      section: ADM,
      title: 'A security management process prevents, detects and corrects violations',
      checks: [],
      manual: true,
    },
    {
      id: '164.308(a)(1)(ii)(A)',
      section: ADM,
      title: 'Risks to ePHI confidentiality, integrity and availability are analysed',
      checks: [],
      manual: true,
    },
    {
      id: '164.308(a)(1)(ii)(B)',
      section: ADM,
      title: 'Security measures reduce risks to a reasonable, appropriate level',
      checks: [],
      manual: true,
    },
    { id: '164.308(a)(1)(ii)(C)', section: ADM, title: 'Workforce members who break security policies are sanctioned', checks: [], manual: true },
    {
      id: '164.308(a)(1)(ii)(D)',
      section: ADM,
      title: 'Records of system activity such as audit logs are kept and reviewed regularly',
      checks: [...ACTIVITY_TRAIL],
    },
    { id: '164.308(a)(2)', section: ADM, title: 'A named security official is responsible for security policies', checks: [], manual: true },
    { id: '164.308(a)(3)(i)', section: ADM, title: 'Workforce access to ePHI is appropriate and other access prevented', checks: [], manual: true },
    { id: '164.308(a)(3)(ii)(A)', section: ADM, title: 'Workforce members working with ePHI are authorised or supervised', checks: [], manual: true },
    { id: '164.308(a)(3)(ii)(B)', section: ADM, title: 'Workforce clearance confirms that access to ePHI is appropriate', checks: [], manual: true },
    { id: '164.308(a)(3)(ii)(C)', section: ADM, title: 'Access to ePHI ends when employment or the need for access ends', checks: [], manual: true },
    { id: '164.308(a)(4)(i)', section: ADM, title: 'Policies and procedures govern authorisation of access to ePHI', checks: [], manual: true },
    {
      id: '164.308(a)(4)(ii)(A)',
      section: ADM,
      title: 'Clearinghouse functions are isolated from the larger organisation',
      checks: [],
      manual: true,
    },
    { id: '164.308(a)(4)(ii)(B)', section: ADM, title: 'Access to ePHI through systems and programs is granted by policy', checks: [], manual: true },
    { id: '164.308(a)(4)(ii)(C)', section: ADM, title: 'Access rights are established, documented, reviewed and modified', checks: [], manual: true },
    { id: '164.308(a)(5)(i)', section: ADM, title: 'A security awareness and training programme covers the workforce', checks: [], manual: true },
    { id: '164.308(a)(5)(ii)(A)', section: ADM, title: 'Periodic security updates and reminders are given', checks: [], manual: true },
    { id: '164.308(a)(5)(ii)(B)', section: ADM, title: 'Malicious software is guarded against, detected and reported', checks: [] },
    { id: '164.308(a)(5)(ii)(C)', section: ADM, title: 'Log-in attempts are monitored and discrepancies reported', checks: [] },
    { id: '164.308(a)(5)(ii)(D)', section: ADM, title: 'Passwords are created, changed and safeguarded by procedure', checks: [] },
    { id: '164.308(a)(6)(i)', section: ADM, title: 'Security incidents are handled by documented procedures', checks: [], manual: true },
    {
      id: '164.308(a)(6)(ii)',
      section: ADM,
      title: 'Security incidents are identified, responded to, mitigated and documented',
      checks: [],
      manual: true,
    },
    { id: '164.308(a)(7)(i)', section: ADM, title: 'A contingency plan covers emergencies that damage ePHI systems', checks: [], manual: true },
    { id: '164.308(a)(7)(ii)(A)', section: ADM, title: 'Retrievable exact copies of ePHI are created and maintained', checks: [...STORE_BACKUPS] },
    { id: '164.308(a)(7)(ii)(B)', section: ADM, title: 'Procedures restore any loss of data after a disaster', checks: [], manual: true },
    { id: '164.308(a)(7)(ii)(C)', section: ADM, title: 'Critical processes protecting ePHI continue in emergency mode', checks: [], manual: true },
    { id: '164.308(a)(7)(ii)(D)', section: ADM, title: 'Contingency plans are tested and revised periodically', checks: [], manual: true },
    { id: '164.308(a)(7)(ii)(E)', section: ADM, title: 'The criticality of applications and data is assessed', checks: [], manual: true },
    { id: '164.308(a)(8)', section: ADM, title: 'Security safeguards are evaluated periodically and after changes', checks: [], manual: true },
    { id: '164.308(b)(1)', section: ADM, title: 'Business associates give satisfactory assurances before handling ePHI', checks: [], manual: true },
    { id: '164.308(b)(3)', section: ADM, title: 'Business associate assurances are documented in a written contract', checks: [], manual: true },

    { id: '164.310(a)(1)', section: PHY, title: 'Physical access to information systems and their facilities is limited', checks: [], manual: true },
    { id: '164.310(a)(2)(i)', section: PHY, title: 'Facility access supports data restoration in an emergency', checks: [], manual: true },
    { id: '164.310(a)(2)(ii)', section: PHY, title: 'A facility security plan protects premises and equipment', checks: [], manual: true },
    { id: '164.310(a)(2)(iii)', section: PHY, title: 'Facility access is controlled and validated by role', checks: [], manual: true },
    { id: '164.310(a)(2)(iv)', section: PHY, title: 'Repairs and changes to physical security components are recorded', checks: [], manual: true },
    { id: '164.310(b)', section: PHY, title: 'Proper use and surroundings of workstations are specified', checks: [], manual: true },
    { id: '164.310(c)', section: PHY, title: 'Workstations that access ePHI are physically safeguarded', checks: [], manual: true },
    { id: '164.310(d)(1)', section: PHY, title: 'Receipt and removal of hardware and media holding ePHI are controlled', checks: [], manual: true },
    { id: '164.310(d)(2)(i)', section: PHY, title: 'ePHI and the media holding it are disposed of securely', checks: [], manual: true },
    { id: '164.310(d)(2)(ii)', section: PHY, title: 'ePHI is removed from media before the media is re-used', checks: [], manual: true },
    {
      id: '164.310(d)(2)(iii)',
      section: PHY,
      title: 'Movements of hardware and media and the people responsible are recorded',
      checks: [],
      manual: true,
    },
    { id: '164.310(d)(2)(iv)', section: PHY, title: 'A retrievable copy of ePHI is made before equipment is moved', checks: [], manual: true },

    {
      id: '164.312(a)(1)',
      section: TEC,
      title: 'Only persons and programs granted access rights can reach ePHI',
      checks: [...OPEN_TO_ANYONE, ...UNAUTHENTICATED_DATA_STORES],
    },
    {
      id: '164.312(a)(2)(i)',
      section: TEC,
      title: 'Each user has a unique name or number for identification and tracking',
      checks: [],
      manual: true,
    },
    { id: '164.312(a)(2)(ii)', section: TEC, title: 'Procedures provide access to ePHI during an emergency', checks: [], manual: true },
    { id: '164.312(a)(2)(iii)', section: TEC, title: 'Electronic sessions end automatically after inactivity', checks: [] },
    {
      id: '164.312(a)(2)(iv)',
      section: TEC,
      title: 'ePHI is encrypted and decrypted by a defined mechanism',
      checks: [...DATA_STORES_ENCRYPTED_AT_REST],
    },
    { id: '164.312(b)', section: TEC, title: 'Activity in systems that contain ePHI is recorded and examined', checks: [...AUDIT_LOG_SOURCES] },
    {
      id: '164.312(c)(1)',
      section: TEC,
      title: 'ePHI is protected from improper alteration or destruction',
      checks: ['aws-s3-bucket-policy-no-public-write', 'aws-s3-bucket-acl-no-public-write'],
    },
    { id: '164.312(c)(2)', section: TEC, title: 'Electronic mechanisms confirm ePHI was not improperly altered', checks: [] },
    {
      id: '164.312(d)',
      section: TEC,
      title: 'People and entities seeking access to ePHI are authenticated',
      checks: [...UNAUTHENTICATED_DATA_STORES],
    },
    {
      id: '164.312(e)(1)',
      section: TEC,
      title: 'ePHI sent over networks is guarded against unauthorised access',
      checks: [...DATA_IN_TRANSIT_ENCRYPTED],
    },
    { id: '164.312(e)(2)(i)', section: TEC, title: 'Transmitted ePHI cannot be modified without detection', checks: [...DATA_IN_TRANSIT_ENCRYPTED] },
    { id: '164.312(e)(2)(ii)', section: TEC, title: 'ePHI is encrypted in transit where appropriate', checks: [...DATA_IN_TRANSIT_ENCRYPTED] },

    { id: '164.314(a)(1)', section: ORG, title: 'Business associate contracts meet the Security Rule requirements', checks: [], manual: true },
    {
      id: '164.314(a)(2)(i)',
      section: ORG,
      title: 'Contracts bind business associates to safeguards and incident reporting',
      checks: [],
      manual: true,
    },
    { id: '164.314(a)(2)(ii)', section: ORG, title: 'Other arrangements between government entities meet 164.504(e)(3)', checks: [], manual: true },
    { id: '164.314(a)(2)(iii)', section: ORG, title: 'Contracts with subcontractors carry the same requirements', checks: [], manual: true },
    { id: '164.314(b)(1)', section: ORG, title: 'Group health plan documents make the sponsor safeguard ePHI', checks: [], manual: true },
    {
      id: '164.314(b)(2)',
      section: ORG,
      title: 'Plan documents require sponsor safeguards, separation and incident reports',
      checks: [],
      manual: true,
    },

    { id: '164.316(a)', section: DOC, title: 'Reasonable and appropriate security policies and procedures exist', checks: [], manual: true },
    { id: '164.316(b)(1)', section: DOC, title: 'Policies, procedures and required actions are documented', checks: [], manual: true },
    { id: '164.316(b)(2)(i)', section: DOC, title: 'Documentation is kept six years from creation or last effect', checks: [], manual: true },
    { id: '164.316(b)(2)(ii)', section: DOC, title: 'Documentation is available to those who implement it', checks: [], manual: true },
    { id: '164.316(b)(2)(iii)', section: DOC, title: 'Documentation is reviewed periodically and updated', checks: [], manual: true },
  ],
}
