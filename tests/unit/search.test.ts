import { describe, expect, it } from 'vitest'
import { boostDocument, extractField, fuzzy, prefix, tokenizeForIndex, tokenizeQuery } from '../../.vitepress/search.js'

describe('search tokenizer', () => {
  it('indexes a snake_case name whole, without its leading . or _, and from every underscore on', () => {
    expect(tokenizeForIndex('_send_group_notice')).toEqual(['send_group_notice', 'group_notice', 'notice'])
    expect(tokenizeForIndex('.handle_quick_operation')).toEqual(['handle_quick_operation', 'quick_operation', 'operation'])
  })

  it("adds a heading's names without the words right after their first to the section's text, not to its title", () => {
    const doc = { title: 'get_group_msg_history 获取群消息历史记录', titles: [], text: '获取群消息历史。' }
    expect(extractField(doc, 'text')).toBe('获取群消息历史。 get_msg_history get_history')
    expect(extractField(doc, 'title')).toBe(doc.title)
    expect(extractField({ title: '_send_group_notice 发送群公告', text: 'x' }, 'text')).toBe('x send_notice')
    expect(extractField({ title: 'send_msg 发送消息', text: 'x' }, 'text')).toBe('x')
  })

  it('indexes Han text as single characters and bigrams, and queries it as bigrams', () => {
    expect(tokenizeForIndex('获取群公告')).toEqual(['获', '获取', '取', '取群', '群', '群公', '公', '公告', '告'])
    expect(tokenizeQuery('群公告')).toEqual(['群公', '公告'])
    expect(tokenizeQuery('踢')).toEqual(['踢'])
  })

  it('queries a name as one term, so a leading . or _ does not matter', () => {
    expect(tokenizeQuery('_send_group_notice')).toEqual(['send_group_notice'])
    expect(tokenizeQuery('.handle_quick_operation')).toEqual(['handle_quick_operation'])
    expect(tokenizeQuery('group_notice')).toEqual(['group_notice'])
  })

  it('handles mixed text', () => {
    expect(tokenizeQuery('send_msg 发送')).toEqual(['send_msg', '发送'])
  })

  it('is self-contained, so it survives being serialised to the browser', () => {
    for (const fn of [tokenizeForIndex, tokenizeQuery, prefix, fuzzy]) {
      const revived = new Function(`return (${fn.toString()})`)() as (t: string) => unknown
      expect(revived('_send_group_notice')).toEqual(fn('_send_group_notice'))
    }
    const doc = { title: 'get_group_msg_history', text: 'x' }
    const revivedExtract = new Function(`return (${extractField.toString()})`)() as typeof extractField
    expect(revivedExtract(doc, 'text')).toEqual(extractField(doc, 'text'))
    const revivedBoost = new Function(`return (${boostDocument.toString()})`)() as typeof boostDocument
    expect(revivedBoost('/segments/image', 'image', { title: 'image 图片' })).toBe(boostDocument('/segments/image', 'image', { title: 'image 图片' }))
  })

  it('boosts a page for a term that is its own wire name, read from the start of its stored title', () => {
    const boost = (term: string, title: string) => boostDocument('/page#anchor', term, { title })
    expect(boost('image', 'image 图片')).toBeGreaterThan(1)
    expect(boost('send_group_notice', '_send_group_notice 发送群公告')).toBeGreaterThan(1)
    expect(boost('arksharegroup', 'ArkShareGroup 获取群分享卡片（旧名）')).toBeGreaterThan(1)
    expect(boost('image', 'ocr_image 图片 OCR')).toBe(1)
    expect(boost('好友', '好友')).toBe(1)
  })

  it('boosts an event for a part of its dotted id, just below a page whose whole name the term is', () => {
    const boost = (term: string, title: string) => boostDocument('/page', term, { title })
    expect(boost('heartbeat', 'meta_event.heartbeat 心跳')).toBeGreaterThan(1)
    expect(boost('poke', 'notice.notify.poke 戳一戳')).toBeLessThan(boost('poke', 'poke 戳一戳'))
    expect(boost('notice', 'notice.group_recall 群消息撤回')).toBe(1) // the post_type alone names no event
  })

  it('boosts a Han term by how much of a Chinese title it covers', () => {
    const boost = (term: string, title: string) => boostDocument('/page', term, { title })
    expect(boost('点赞', 'send_like 好友点赞')).toBeGreaterThan(boost('点赞', 'get_profile_like 获取资料卡点赞记录'))
    expect(boost('点赞', 'send_like 好友点赞')).toBe(2)
    expect(boost('群聊', 'send_like 好友点赞')).toBe(1)
  })

  it('uses prefixes and fuzziness only for Latin terms', () => {
    expect(prefix('group')).toBe(true)
    expect(prefix('公告')).toBe(false)
    expect(fuzzy('send_grop_msg')).toBe(2)
    expect(fuzzy('kick')).toBe(1)
    expect(fuzzy('ban')).toBe(false)
    expect(fuzzy('禁言')).toBe(false)
  })
})
