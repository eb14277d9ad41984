/**
 * What the data says an implementation registers, and how that compares with what an extractor reads
 * from its source: every API whose cell is not `none` (stubs and debug actions are registered too), and
 * every other name the cell says it also accepts.
 */
import type { Dataset } from '../load.js'
import type { Extractor, Registered } from './extractor.js'

export function dataNames(dataset: Dataset, implId: string): Map<string, string> {
  const names = new Map<string, string>()
  for (const api of dataset.apis) {
    const s = api.support[implId]
    if (!s || s.status === 'none' || s.status === 'unknown') continue
    names.set(api.name, api.file)
    for (const alias of s.aliases ?? []) names.set(alias, api.file)
  }
  return names
}

export interface RegistryDifference {
  /** Registered in the source, but the data has no supported cell (or alias) by that name. */
  missingFromData: string[]
  /** Supported in the data, but not registered in the source. */
  notRegistered: string[]
}

export function compareRegistry(registered: Registered, data: Map<string, string>): RegistryDifference {
  return {
    missingFromData: [...registered.keys()].filter((n) => !data.has(n)).sort(),
    notRegistered: [...data.keys()].filter((n) => !registered.has(n)).sort(),
  }
}

/** The extractor of one implementation, or undefined when none is written yet. */
export async function extractorFor(implId: string): Promise<Extractor | undefined> {
  try {
    return ((await import(`./extractors/${implId}.js`)) as { extractor: Extractor }).extractor
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined
    throw error
  }
}
