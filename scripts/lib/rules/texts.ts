/** Every free text a contributor writes, with where it sits, so text rules check them all alike. */
import type { Dataset } from '../load.js'
import { BODY, type FieldPath, type SourceFile } from '../source.js'
import { diffLists, features, statements } from '../statements.js'

export interface TextField {
  source: SourceFile
  path: FieldPath
  text: string
}

export function* dataTexts(dataset: Dataset): Generator<TextField> {
  // A registry that cannot be read has no entries, so its texts are simply not walked.
  const { implementations, categories } = dataset.registrySources
  if (implementations) {
    for (const [i, impl] of dataset.implementations.entries()) {
      yield { source: implementations, path: [i, 'name'], text: impl.name }
      yield { source: implementations, path: [i, 'description'], text: impl.description }
      for (const [j, b] of impl.behaviours.entries()) {
        yield { source: implementations, path: [i, 'behaviours', j, 'summary'], text: b.summary }
      }
    }
  }
  if (categories) {
    for (const [i, cat] of dataset.categories.entries()) {
      yield { source: categories, path: [i, 'title'], text: cat.title }
      yield { source: categories, path: [i, 'description'], text: cat.description }
    }
  }
  for (const feature of features(dataset)) {
    const s = feature.source
    yield { source: s, path: ['title'], text: feature.title }
    if (feature.kind === 'action') {
      if (feature.response_note) yield { source: s, path: ['response_note'], text: feature.response_note }
      for (const [i, p] of feature.params.entries()) yield { source: s, path: ['params', i, 'description'], text: p.description }
      for (const [i, r] of feature.response.entries()) yield { source: s, path: ['response', i, 'description'], text: r.description }
    } else {
      for (const [i, f] of feature.fields.entries()) yield { source: s, path: ['fields', i, 'description'], text: f.description }
    }
    if (feature.kind === 'event') {
      for (const [i, t] of feature.sub_types.entries()) yield { source: s, path: ['sub_types', i, 'description'], text: t.description }
    }
    if (feature.body) yield { source: s, path: [BODY], text: feature.body }
  }
  for (const { feature, cell, statement, path } of statements(dataset)) {
    if (statement.note) yield { source: feature.source, path: [...path, 'note'], text: statement.note }
    for (const { key } of diffLists(feature, cell)) {
      for (const [i, d] of (statement[key] ?? []).entries()) {
        if (d.note) yield { source: feature.source, path: [...path, key, i, 'note'], text: d.note }
      }
    }
  }
}

/** Text outside markdown code spans and fences, where HTML would be live. */
export function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
}
