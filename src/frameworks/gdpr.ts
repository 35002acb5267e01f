import {
  ACTIVITY_TRAIL,
  DATA_IN_TRANSIT_ENCRYPTED,
  DATA_STORES_ENCRYPTED_AT_REST,
  PUBLIC_CREDENTIALS,
  PUBLIC_DATA,
  STORE_BACKUPS,
  UNAUTHENTICATED_DATA_STORES,
} from './check-groups.js'
import type { Framework } from './types.js'

const A5 = 'Art.5 Principles relating to processing of personal data'
const A25 = 'Art.25 Data protection by design and by default'
const A30 = 'Art.30 Records of processing activities'
const A32 = 'Art.32 Security of processing'
const A33 = 'Art.33 Notification of a personal data breach to the supervisory authority'

/** Unauthorised access paths beyond public data: public keys, secrets and roles, and data stores without authentication. */
const UNAUTHORISED_ACCESS = [...PUBLIC_CREDENTIALS, ...UNAUTHENTICATED_DATA_STORES]

/**
 * EU General Data Protection Regulation (Regulation (EU) 2016/679), Articles 5, 25, 30, 32 and 33. Requirement ids are
 * written 'Art.<article>(<paragraph>)(<point>)'; titles are our own short wording. Posture cannot tell which resources hold
 * personal data, so every scanned resource is treated as if it might.
 *
 * Mapping decisions:
 * - Art.5(1)(f) and Art.32(1)(b) map settings that hand data, keys or roles to anyone, or serve data without
 *   authentication: those are unauthorised processing whatever the risk assessment says. Encryption is Art.32(1)(a).
 * - Art.25(2) maps public data settings and missing S3 Block Public Access (Cloud Storage public access prevention):
 *   by default, data must not be made accessible to an indefinite number of persons. Its minimisation parts remain
 *   for a person to judge.
 * - Art.32(1)(b) also maps the account-wide audit trail (multi-region CloudTrail trail, exported Azure activity log;
 *   Google Cloud keeps Admin Activity audit logs unconditionally): the ability to detect a breach is part of
 *   appropriate security (EDPB/WP29 breach-notification guidelines), and without it nobody can tell what was accessed.
 * - Art.32(1)(c) maps the services' own backup and versioning features (they do not see AWS Backup plans).
 * - Art.32(1)(d) is a testing and evaluation process: running Posture supports it, but no configuration proves it.
 * - Art.30 records (purposes, categories, recipients, transfers, retention) are documents no configuration reveals; a
 *   resource inventory is not a record of processing activities.
 * - Art.33 is manual: the duty is to notify and document. Logging and detection evidence supports it but its failure
 *   does not mean a notification was missed, so that evidence is mapped under Art.32(1)(b) instead.
 */
export const GDPR: Framework = {
  id: 'gdpr',
  name: 'EU General Data Protection Regulation',
  version: '2016/679',
  provider: 'multi',
  source: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  scope:
    'Only Articles 5, 25, 30, 32 and 33, at paragraph level and at point level where the points are separate obligations ' +
    '(Art.5(1) and Art.32(1)). Paragraphs that only allow or exempt (Art.25(3), Art.30(5), Art.32(3)) are not listed. ' +
    'The other articles (lawful basis, data subject rights, transfers, DPIAs, governance) are out of scope: no cloud ' +
    'configuration can evidence them.',
  requirements: [
    { id: 'Art.5(1)(a)', section: A5, title: 'Personal data is processed lawfully, fairly and transparently', checks: [], manual: true },
    { id: 'Art.5(1)(b)', section: A5, title: 'Personal data is collected for specified, explicit, legitimate purposes', checks: [], manual: true },
    { id: 'Art.5(1)(c)', section: A5, title: 'Personal data is adequate, relevant and limited to what is necessary', checks: [], manual: true },
    { id: 'Art.5(1)(d)', section: A5, title: 'Personal data is accurate and kept up to date', checks: [], manual: true },
    { id: 'Art.5(1)(e)', section: A5, title: 'Identifiable personal data is kept no longer than necessary', checks: [], manual: true },
    {
      id: 'Art.5(1)(f)',
      section: A5,
      title: 'Personal data is protected against unauthorised processing, loss and damage',
      checks: [...PUBLIC_DATA, ...UNAUTHORISED_ACCESS],
    },
    { id: 'Art.5(2)', section: A5, title: 'The controller is responsible for compliance and can demonstrate it', checks: [], manual: true },
    { id: 'Art.25(1)', section: A25, title: 'Data protection principles are built into processing by design', checks: [], manual: true },
    {
      id: 'Art.25(2)',
      section: A25,
      title: 'By default only necessary data is processed and it is not made public',
      checks: [...PUBLIC_DATA, 'aws-s3-bucket-public-access-block-enabled', 'gcp-storage-bucket-public-access-prevention'],
    },
    { id: 'Art.30(1)', section: A30, title: 'Controllers keep a record of their processing activities', checks: [], manual: true },
    { id: 'Art.30(2)', section: A30, title: 'Processors keep a record of the processing done for each controller', checks: [], manual: true },
    { id: 'Art.30(3)', section: A30, title: 'Records of processing are kept in writing, including electronic form', checks: [], manual: true },
    { id: 'Art.30(4)', section: A30, title: 'Records of processing are available to the supervisory authority', checks: [], manual: true },
    {
      id: 'Art.32(1)(a)',
      section: A32,
      title: 'Personal data is pseudonymised and encrypted where appropriate',
      checks: [...DATA_STORES_ENCRYPTED_AT_REST, ...DATA_IN_TRANSIT_ENCRYPTED],
    },
    {
      id: 'Art.32(1)(b)',
      section: A32,
      title: 'Systems keep confidentiality, integrity, availability and resilience',
      checks: [...PUBLIC_DATA, ...UNAUTHORISED_ACCESS, ...ACTIVITY_TRAIL],
    },
    { id: 'Art.32(1)(c)', section: A32, title: 'Availability of and access to personal data can be restored promptly', checks: [...STORE_BACKUPS] },
    { id: 'Art.32(1)(d)', section: A32, title: 'Security measures are regularly tested, assessed and evaluated', checks: [], manual: true },
    { id: 'Art.32(2)', section: A32, title: 'The level of security reflects the risks of the processing', checks: [], manual: true },
    { id: 'Art.32(4)', section: A32, title: 'People with access process personal data only on instructions', checks: [], manual: true },
    { id: 'Art.33(1)', section: A33, title: 'Breaches are notified to the supervisory authority within 72 hours', checks: [], manual: true },
    { id: 'Art.33(2)', section: A33, title: 'Processors notify the controller of breaches without undue delay', checks: [], manual: true },
    {
      id: 'Art.33(3)',
      section: A33,
      title: 'Notifications describe the breach, a contact, likely consequences and measures',
      checks: [],
      manual: true,
    },
    { id: 'Art.33(4)', section: A33, title: 'Breach information not yet known is provided in phases', checks: [], manual: true },
    { id: 'Art.33(5)', section: A33, title: 'Every personal data breach is documented with facts, effects and actions', checks: [], manual: true },
  ],
}
