/** Builds a channel from its validated config: one module per type. */
import type { Channel, ChannelConfig } from '../types.js'
import { createEmailChannel } from './email.js'
import { createJiraChannel } from './jira.js'
import { createPagerDutyChannel } from './pagerduty.js'
import { createSlackChannel } from './slack.js'
import { createTeamsChannel } from './teams.js'
import { createWebhookChannel } from './webhook.js'

/** The channel for a config entry. */
export function createChannel(config: ChannelConfig): Channel {
  switch (config.type) {
    case 'slack':
      return createSlackChannel(config)
    case 'teams':
      return createTeamsChannel(config)
    case 'webhook':
      return createWebhookChannel(config)
    case 'email':
      return createEmailChannel(config)
    case 'jira':
      return createJiraChannel(config)
    case 'pagerduty':
      return createPagerDutyChannel(config)
  }
}
