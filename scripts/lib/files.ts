/** Every file below a folder, recursively, in a stable order; none when the folder does not exist. */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}
