import { describe, expect, it } from 'vitest'
import { shownIcon } from '../../scripts/lib/model.js'
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

describe('apiSlug', () => {
  it('never starts a page file with . or _, and keeps prefixed names apart', () => {
    expect(apiSlug('.handle_quick_operation')).toBe('dot-handle_quick_operation')
    expect(apiSlug('_send_group_notice')).toBe('underscore-send_group_notice')
    expect(apiSlug('ocr_image')).not.toBe(apiSlug('.ocr_image'))
    expect(apiSlug('send_msg')).toBe('send_msg')
  })
})
