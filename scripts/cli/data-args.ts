/**
 * What the commands look up before their own work, or a message and an exit: the data, an implementation
 * named on the command line, and that implementation's extractor.
 */
import { loadData, type Dataset, type LoadOptions } from '../lib/load.js'
import { ROOT } from '../lib/paths.js'
import type { Implementation } from '../lib/schema.js'
import type { Extractor } from '../lib/audit/extractor.js'
import { extractorFor } from '../lib/audit/registry.js'
import { reportProblems } from './report-problems.js'

/**
 * The data in this checkout. Valid data unless `keepOnError` (commands that write a file or a sample can
 * work on data with errors); every problem is printed when the data cannot be used.
 */
export function datasetOrExit(options: LoadOptions = {}): Dataset {
  const { dataset, problems } = loadData(ROOT, options)
  // With keepOnError the problems are the command's to ignore, unless nothing could be loaded at all.
  if ((!options.keepOnError || !dataset) && reportProblems(problems)) process.exit(1)
  if (!dataset) process.exit(1)
  return dataset
}

export function implementationOrExit(dataset: Dataset, id: string): Implementation {
  const impl = dataset.implementations.find((i) => i.id === id)
  if (impl) return impl
  console.error(`no implementation "${id}" in data/implementations.yaml (${dataset.implementations.map((i) => i.id).join(', ')})`)
  process.exit(2)
}

export async function extractorOrExit(impl: Implementation): Promise<Extractor> {
  const extractor = await extractorFor(impl.id)
  if (extractor) return extractor
  console.error(`no extractor for ${impl.id} yet (scripts/lib/audit/extractors/${impl.id}.ts)`)
  process.exit(2)
}
