import type { Command } from 'commander'

/** Registers the watch commands on the root program (PLACEHOLDER: being implemented). */
export function registerWatchCommands(root: Command, setExit: (code: number) => void): void {
  void root
  void setExit
}
