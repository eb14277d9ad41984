/** Every free text a contributor writes, with where it sits, so text rules check them all alike. */
import type { Dataset } from '../load.js'
import { BODY, type FieldPath, type SourceFile } from '../source.js'

export interface TextField {
  source: SourceFile
  path: FieldPath
  text: string
}

export function* dataTexts(dataset: Dataset): Generator<TextField> {
  const { implementations, categories } = dataset.registrySources
  for (const [i, impl] of dataset.implementations.entries()) {
    yield { source: implementations, path: [i, 'name'], text: impl.name }
    yield { source: implementations, path: [i, 'description'], text: impl.description }
    for (const [j, b] of impl.behaviours.entries()) {
      yield { source: implementations, path: [i, 'behaviours', j, 'summary'], text: b.summary }
    }
  }
  for (const [i, cat] of dataset.categories.entries()) {
    yield { source: categories, path: [i, 'title'], text: cat.title }
    yield { source: categories, path: [i, 'description'], text: cat.description }
  }
  for (const api of dataset.apis) {
    const s = api.source
    yield { source: s, path: ['title'], text: api.title }
    if (api.response_note) yield { source: s, path: ['response_note'], text: api.response_note }
    for (const [i, p] of api.params.entries()) yield { source: s, path: ['params', i, 'description'], text: p.description }
    for (const [i, r] of api.response.entries()) yield { source: s, path: ['response', i, 'description'], text: r.description }
    for (const [id, sup] of Object.entries(api.support)) {
      if (sup.note) yield { source: s, path: ['support', id, 'note'], text: sup.note }
      for (const key of ['params', 'response'] as const) {
        for (const [i, d] of (sup[key] ?? []).entries()) {
          if (d.note) yield { source: s, path: ['support', id, key, i, 'note'], text: d.note }
        }
      }
    }
    if (api.body) yield { source: s, path: [BODY], text: api.body }
  }
}

/** Text outside markdown code spans and fences, where HTML would be live. */
export function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
}
