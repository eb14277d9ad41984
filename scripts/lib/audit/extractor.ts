/**
 * An extractor reads the action names an implementation registers from one tree of its repository,
 * following that implementation's own registry. Each returns every wire name (aliases included) with the
 * file of the handler that serves it, so that a change to that file can be mapped to the cells to re-read;
 * or undefined when the tree's layout is not one it knows (an old release before the registry it reads).
 */
import type { TreeReader } from './tree.js'

export type Registered = Map<string, string>

export interface Extractor {
  /** The implementation id in data/implementations.yaml. */
  impl: string
  /** Where the registry lives, in one line, for the command's output. */
  describe: string
  extract(tree: TreeReader): Registered | undefined
}
