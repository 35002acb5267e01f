import type { Command } from 'commander'

/** Registers the mute commands on the root program (PLACEHOLDER: being implemented). */
export function registerMuteCommands(root: Command, setExit: (code: number) => void): void {
  void root
  void setExit
}
