import { describe, expect, it } from 'vitest'
import { apisByCategory, cellMark, shownIcon } from '../../scripts/lib/model.js'
import { loadData } from '../../scripts/lib/load.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { apiSlug } from '../../scripts/lib/slug.js'

describe('shownIcon: origin and status stay separate axes', () => {
  it.each([
    ['onebot11', { status: 'full' }, '✅'],
    ['go-cqhttp', { status: 'minor' }, '☑️'],
    ['onebot11', { status: 'major' }, '⚠️'],
    ['napcat', { status: 'full' }, '✨'],
    ['community', { status: 'minor' }, '✨'],
    ['napcat', { status: 'major', kind: 'stub' }, '⚠️'],
    ['onebot11', { status: 'none' }, '❌'],
    ['napcat', { status: 'unknown' }, '❔'],
  ] as const)('%s + %o → %s', (origin, support, icon) => {
    expect(shownIcon(origin, support)).toBe(icon)
  })
})

describe('cellMark: an extension keeps its own status', () => {
  it.each([
    ['onebot11', { status: 'full' }, { mark: 'full', extension: false, stub: false }],
    ['napcat', { status: 'minor' }, { mark: 'minor', extension: true, stub: false }],
    ['napcat', { status: 'major', kind: 'stub' }, { mark: 'major', extension: true, stub: true }],
    ['go-cqhttp', { status: 'minor' }, { mark: 'minor', extension: false, stub: false }],
    ['napcat', { status: 'none' }, { mark: 'none', extension: false, stub: false }],
    ['extension', { status: 'unknown' }, { mark: 'unknown', extension: false, stub: false }],
  ] as const)('%s + %o', (origin, support, mark) => {
    expect(cellMark(origin, support)).toEqual(mark)
  })
})

describe('apisByCategory on the real data', () => {
  const { dataset } = loadData(ROOT)
  it('keeps the members of a same-function family next to each other within a category', () => {
    for (const { apis } of apisByCategory(dataset!)) {
      for (const family of dataset!.families) {
        const at = apis.map((a, i) => (family.names.includes(a.name) ? i : -1)).filter((i) => i >= 0)
        if (at.length > 1) expect(at[at.length - 1]! - at[0]!, family.title).toBe(at.length - 1)
      }
    }
  })
})

describe('apiSlug', () => {
  it('never starts a page file with . or _, and keeps prefixed names apart', () => {
    expect(apiSlug('.handle_quick_operation')).toBe('dot-handle_quick_operation')
    expect(apiSlug('_send_group_notice')).toBe('underscore-send_group_notice')
    expect(apiSlug('ocr_image')).not.toBe(apiSlug('.ocr_image'))
    expect(apiSlug('send_msg')).toBe('send_msg')
  })
})
