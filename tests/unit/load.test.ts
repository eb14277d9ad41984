import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/lib/load.js'
import { VALID_FIXTURE } from '../corpus.js'

describe('loadData on the valid fixture', () => {
  const { dataset, problems } = loadData(VALID_FIXTURE)

  it('finds no problem', () => {
    expect(problems).toEqual([])
  })

  it('reads registries in file order', () => {
    expect(dataset?.implementations.map((i) => i.id)).toEqual(['napcat', 'lagrange'])
    expect(dataset?.categories.map((c) => c.id)).toEqual(['message', 'group'])
  })

  it('gives each API its wire name, a slug safe for static hosts, and its body', () => {
    const notice = dataset?.apis.find((a) => a.name === '_send_group_notice')
    expect(notice?.slug).toBe('underscore-send_group_notice')
    expect(notice?.file).toBe('data/apis/group/underscore-send_group_notice.md')
    expect(notice?.body).toBe('发送群公告。')
  })

  it('keeps field differences as data', () => {
    const sendMsg = dataset?.apis.find((a) => a.name === 'send_msg')
    expect(sendMsg?.support.lagrange?.params).toEqual([{ name: 'target', change: 'renamed', from: 'group_id', note: '测试用的改名' }])
  })

  it('points each field at its line', () => {
    const sendMsg = dataset?.apis.find((a) => a.name === 'send_msg')
    expect(sendMsg?.source.lineOf(['support', 'lagrange', 'status'])).toBe(34)
    expect(sendMsg?.source.lineOf(['params', 3, 'required'])).toBe(22)
  })
})
