import type { Command } from 'commander'

/** Registers the history commands on the root program (PLACEHOLDER: being implemented). */
export function registerHistoryCommands(root: Command, setExit: (code: number) => void): void {
  void root
  void setExit
}
