import { describe, expect, it } from 'vitest'
import { findDeadLinks, pagePath } from '../../scripts/lib/links.js'

const page = (body: string) => `<html><body>${body}</body></html>`

describe('findDeadLinks', () => {
  const pages = new Map([
    ['/', page('<a href="/matrix">矩阵</a><a href="https://github.com/x">外链</a>')],
    ['/matrix', page('<h2 id="cat-message">消息</h2><a href="/api/send_msg#impl-napcat">✅</a><a href="#cat-message">本页</a>')],
    ['/api/send_msg', page('<h3 id="impl-napcat">NapCat</h3><a href="./get_msg">相对</a><a href="/assets/app.js">js</a>')],
    ['/api/get_msg', page('<a href="/api/send_msg#impl-lagrange">缺锚点</a><a href="/api/nope">缺页面</a>')],
  ])

  it('names each missing page and missing fragment, and nothing else', () => {
    expect(findDeadLinks(pages)).toEqual([
      { page: '/api/get_msg', href: '/api/send_msg#impl-lagrange', reason: 'no element with id "impl-lagrange" on /api/send_msg' },
      { page: '/api/get_msg', href: '/api/nope', reason: 'no page at this path' },
    ])
  })

  it('strips the site base before resolving', () => {
    const based = new Map([['/', page('<a href="/docs/matrix#x">m</a>')], ['/matrix', page('<p id="x"></p>')]])
    expect(findDeadLinks(based, '/docs/')).toEqual([])
  })

  it('maps built files to clean URLs', () => {
    expect(pagePath('index.html')).toBe('/')
    expect(pagePath('api/send_msg.html')).toBe('/api/send_msg')
  })
})
