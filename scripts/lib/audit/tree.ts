/**
 * Reading one commit's tree of a local git repository (a clone the contributor made; nothing is
 * downloaded): the files an extractor needs, by path, without checking anything out.
 */
import { execFileSync } from 'node:child_process'

export interface TreeReader {
  /** The commit (or tag) this tree is read at. */
  ref: string
  /** A file's text, or undefined when the path is not in this tree. */
  read(path: string): string | undefined
  /** Every file path under a folder (recursively), or every path when the prefix is empty. */
  list(prefix?: string): string[]
}

const git = (gitDir: string, args: string[]): string =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })

/**
 * Trees of one repository. File contents are cached by blob, so walking hundreds of release tags reads
 * each version of a file once, however many releases share it.
 */
export function gitTrees(gitDir: string): (ref: string) => TreeReader {
  const blobs = new Map<string, string>()
  return (ref) => {
    let entries: Map<string, string> | undefined
    const tree = () =>
      (entries ??= new Map(
        git(gitDir, ['ls-tree', '-r', ref])
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [meta = '', path = ''] = line.split('\t')
            return [path, meta.split(' ')[2] ?? ''] as [string, string]
          }),
      ))
    return {
      ref,
      read(path) {
        const blob = tree().get(path)
        if (!blob) return undefined
        if (!blobs.has(blob)) blobs.set(blob, git(gitDir, ['cat-file', 'blob', blob]))
        return blobs.get(blob)
      },
      list(prefix = '') {
        const paths = [...tree().keys()]
        return prefix ? paths.filter((p) => p.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)) : paths
      },
    }
  }
}

/** One tree of a repository. */
export const gitTree = (gitDir: string, ref: string): TreeReader => gitTrees(gitDir)(ref)

/** A tree held in memory, for tests. */
export function memoryTree(files: Record<string, string>, ref = 'memory'): TreeReader {
  return {
    ref,
    read: (path) => files[path],
    list: (prefix = '') => Object.keys(files).filter((p) => !prefix || p.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)).sort(),
  }
}
