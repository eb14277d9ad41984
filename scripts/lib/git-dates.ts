/** Last commit date of each data file, read from git history in one pass. */
import { execFileSync } from 'node:child_process'

export function lastCommitDates(root: string, dir: string): Map<string, string> {
  const dates = new Map<string, string>()
  let log: string
  try {
    log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch {
    return dates // not a git checkout: pages simply carry no date
  }
  let current = ''
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1)
    else if (line && !dates.has(line)) dates.set(line, current) // newest commit comes first
  }
  return dates
}
