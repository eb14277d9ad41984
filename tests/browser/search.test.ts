/** The search box, queried in Chromium the way readers query it: names, parts of names, Chinese titles, aliases, typos. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { newPage, openSite, type Site } from './site.js'
import { resultTitles, searchResults } from './search-box.js'

interface Query {
  query: string
  /** The API page that must be the first result. */
  first?: string
  /** Pages that must all be among the results. */
  includes?: string[]
}

const api = (slug: string) => `/api/${slug}`
const segment = (type: string) => `/segments/${type}`
const event = (slug: string) => `/events/${slug}`

const QUERIES: Query[] = [
  { query: 'send_msg', first: api('send_msg') },
  { query: 'send_group_msg', first: api('send_group_msg') },
  { query: 'get_group_list', first: api('get_group_list') },
  { query: 'get_forward_msg', first: api('get_forward_msg') },
  { query: 'get_group_msg_history', first: api('get_group_msg_history') },
  { query: 'mark_msg_as_read', first: api('mark_msg_as_read') },
  { query: 'set_qq_avatar', first: api('set_qq_avatar') },
  { query: 'delete_group_folder', first: api('delete_group_folder') },
  { query: 'delete_group_file_folder', first: api('delete_group_file_folder') },
  { query: '_send_group_notice', first: api('underscore-send_group_notice') },
  { query: 'send_group_notice', first: api('underscore-send_group_notice') },
  { query: '_del_group_notice', first: api('underscore-del_group_notice') },
  { query: '_delete_group_notice', first: api('underscore-delete_group_notice') },
  { query: '.handle_quick_operation', first: api('dot-handle_quick_operation') },
  { query: 'handle_quick_operation', first: api('dot-handle_quick_operation') },
  {
    query: 'group_notice',
    includes: [api('underscore-send_group_notice'), api('underscore-get_group_notice'), api('underscore-del_group_notice')],
  },
  { query: 'group_poke', first: api('group_poke') },
  { query: '.ocr_image', first: api('ocr_image') },
  { query: 'get_user_info', first: api('get_stranger_info') },
  { query: 'get_friend_info', first: api('get_stranger_info') },
  // A name missing the words after its first finds the names that have them, below an exact name.
  { query: 'get_msg_history', includes: [api('get_group_msg_history'), api('get_friend_msg_history')] },
  { query: 'get_file_url', includes: [api('get_group_file_url'), api('get_private_file_url')] },
  { query: 'upload_file', includes: [api('upload_group_file'), api('upload_private_file')] },
  { query: 'set_ban', includes: [api('set_group_ban'), api('set_group_whole_ban'), api('set_group_anonymous_ban')] },
  { query: 'get_msg', first: api('get_msg') },
  { query: 'send_grop_msg', first: api('send_group_msg') },
  { query: 'get_group_memer_list', first: api('get_group_member_list') },
  { query: 'set_group_kik', first: api('set_group_kick') },
  { query: '群公告', includes: [api('underscore-send_group_notice'), api('underscore-get_group_notice'), api('underscore-del_group_notice')] },
  { query: '获取群公告', first: api('underscore-get_group_notice') },
  // Text inside a Chinese title ranks a page with that title first: the title equal to it, else the shortest.
  { query: '好友列表', first: api('get_friend_list') },
  { query: '语音', first: segment('record') },
  { query: '群相册点赞', first: api('set_group_album_media_like') },
  { query: '禁言', includes: [api('set_group_ban'), api('set_group_whole_ban')] },
  { query: '撤回', first: api('delete_msg') },
  { query: '踢', includes: [api('set_group_kick')] },
  { query: '发送好友赞', first: api('send_like') },
  { query: '精华', includes: [api('set_essence_msg'), api('delete_essence_msg'), api('get_essence_msg_list')] },
  { query: '合并转发', includes: [api('send_group_forward_msg'), api('send_private_forward_msg'), api('get_forward_msg')] },
  { query: '戳一戳', includes: [api('group_poke'), api('friend_poke')] },
  // Segments: by type, by Chinese title, by field name.
  { query: 'mface', first: segment('mface') },
  // A segment's own type before APIs whose names end in it (ocr_image, group_poke).
  { query: 'image', first: segment('image') },
  { query: 'poke', first: segment('poke'), includes: [event('notice/notify-poke')] },
  { query: '商城表情', first: segment('mface') },
  { query: '回复', includes: [segment('reply')] },
  { query: 'emoji_package_id', includes: [segment('mface')] },
  { query: 'cardimage', first: segment('cardimage') },
  // Events: by dotted id, by detail or sub_type name, by Chinese title.
  { query: 'notice.group_recall', first: event('notice/group_recall') },
  { query: 'group_recall', first: event('notice/group_recall') },
  { query: 'lucky_king', first: event('notice/notify-lucky_king') },
  { query: 'heartbeat', first: event('meta_event/heartbeat') },
  { query: 'notice.notify.poke', first: event('notice/notify-poke') },
  { query: 'lift_ban', includes: [event('notice/group_ban')] },
  { query: '群成员增加', first: event('notice/group_increase') },
  { query: '离线文件', first: event('notice/offline_file') },
  { query: '心跳', first: event('meta_event/heartbeat') },
]

let site: Site
let page: Page
let errors: string[]
beforeAll(async () => {
  site = await openSite()
  ;({ page, errors } = await newPage(site))
  await page.goto(`${site.url}/`)
})
afterAll(async () => site?.close())

describe('search', () => {
  it('has a query set of at least 25 queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25)
  })

  it.each(QUERIES)('$query', async ({ query, first, includes }) => {
    const results = await searchResults(page, query)
    if (first) expect(results[0]).toBe(first)
    for (const path of includes ?? []) expect(results).toContain(path)
    expect(errors).toEqual([])
  })

  it('shows the Chinese title beside the wire name of an API or segment', async () => {
    await searchResults(page, 'send_like')
    expect((await resultTitles(page))[0]).toBe('send_like 好友点赞')
    await searchResults(page, 'record')
    expect((await resultTitles(page))[0]).toBe('record 语音')
    await searchResults(page, '_send_group_notice')
    expect((await resultTitles(page))[0]).toBe('_send_group_notice 发送群公告')
  })

  // Five titles contain 点赞; the one it most nearly is comes first.
  it('ranks the page whose title the query most nearly is first: 点赞', async () => {
    const results = await searchResults(page, '点赞')
    expect(results[0]).toBe(api('send_like'))
    expect((await resultTitles(page)).slice(1, 3).every((t) => t.includes('点赞'))).toBe(true)
  })

  // Implementation pages list API names in passing; the names below are among those they list.
  it.each(['send_like', 'set_restart', 'clean_cache', 'set_group_anonymous_ban'])(
    'ranks the API page for %s before implementation pages that mention it',
    async (name) => {
      const results = await searchResults(page, name)
      expect(results.some((p) => p.startsWith('/impl/'))).toBe(true)
      expect(results[0]).toBe(api(name))
    },
  )
})
