import { featureNotes, notesFile } from '../../scripts/lib/render/cell-notes.js'
import { describe, expect, it } from 'vitest'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { headerName, renderEventMatrix, renderMatrix, renderSegmentMatrix } from '../../scripts/lib/render/matrix.js'
import { renderEventPage, eventPageFile } from '../../scripts/lib/render/event-page.js'
import { eventJson } from '../../scripts/lib/render/example.js'
import { eventPath, eventSlug } from '../../scripts/lib/slug.js'
import { renderSegmentPage } from '../../scripts/lib/render/segment-page.js'
import { renderApiPage, effectiveParams } from '../../scripts/lib/render/api-page.js'
import { describeDiff, noteLead, statusLine, summarizeDiffs } from '../../scripts/lib/render/statement.js'
import { renderImplPage } from '../../scripts/lib/render/impl-page.js'
import { requestExample } from '../../scripts/lib/render/example.js'
import { cell, text } from '../../scripts/lib/render/markdown.js'
import { VALID_FIXTURE } from '../corpus.js'

const dataset = loadData(VALID_FIXTURE).dataset as Dataset
const api = (name: string) => dataset.apis.find((a) => a.name === name)!

describe('matrix', () => {
  const matrix = renderMatrix(dataset)

  it('has one table per category with a stable ASCII anchor, one column per implementation', () => {
    expect(matrix).toContain('## 消息 {#cat-message}')
    expect(matrix).toContain('## 群聊 {#cat-group}')
    expect(matrix).toContain('| API | [NapCat](/impl/napcat) | [Lagrange.<wbr>OneBot](/impl/lagrange) |')
  })

  it('lets a long column header break after a dot, before a parenthesis, or between CamelCase words', () => {
    expect(headerName('go-cqhttp')).toBe('go-cqhttp')
    expect(headerName('Lagrange.OneBot')).toBe('Lagrange.<wbr>OneBot')
    expect(headerName('LuckyLilliaBot')).toBe('Lucky<wbr>Lillia<wbr>Bot')
    expect(headerName('go-cqhttp (LagrangeGo)')).toBe('go-cqhttp<wbr> (Lagrange<wbr>Go)')
  })

  it('links each API to its page through a generated reference, and each cell, drawn as its mark, to the implementation note', () => {
    expect(matrix).toContain(
      '| [`send_msg`][api:send_msg]<br><span class="mx-sub">发送消息 · 标准</span> | <a class="st st-full" href="api/send_msg#impl-napcat" title="NapCat：完整支持，v1.0.0 及更早的版本就有" aria-label="NapCat：完整支持，v1.0.0 及更早的版本就有" target="_self">✓</a> |',
    )
    expect(matrix).toContain('[api:send_msg]: /api/send_msg "发送消息"')
  })

  it('draws each status as a mark with its own class and shape, and a go-cqhttp API is no extension', () => {
    expect(matrix).toContain('<a class="st st-minor" href="api/underscore-send_group_notice#impl-napcat" title="NapCat：轻微差异，自 v2.0.0 起" aria-label="NapCat：轻微差异，自 v2.0.0 起" target="_self">≈</a>')
    expect(matrix).toContain('<a class="st st-none" href="api/underscore-send_group_notice#impl-lagrange" title="Lagrange.OneBot：未实现" aria-label="Lagrange.OneBot：未实现" target="_self">✕</a>')
  })

  it('shows the legend and coverage figures computed from data', () => {
    expect(matrix).toContain('| <span class="st st-unknown" aria-hidden="true">?</span><span class="sr">未审计</span> | ❔ | 未审计 |')
    expect(matrix).toContain('| [NapCat](/impl/napcat) | 1 / 1（100%） | 1 / 1（100%） | 0 | 0 | 0 | 0 |')
    expect(matrix).toContain('| [Lagrange.OneBot](/impl/lagrange) | 1 / 1（100%） | 0 / 1（0%） | 0 | 0 | 0 | 0 |')
  })
})

describe('API page', () => {
  const page = renderApiPage(api('send_msg'), dataset, '2026-01-02T03:04:05Z')

  it('points the edit link at the data file and carries its last commit date', () => {
    expect(page).toMatch(/^---\ntitle: "send_msg"\n/)
    expect(page).toContain('dataFile: "data/apis/message/send_msg.md"')
    expect(page).toContain('lastUpdated: "2026-01-02T03:04:05Z"')
  })

  it('gives search a title with the wire name first, then the Chinese title', () => {
    expect(page).toContain('searchTitle: "send_msg 发送消息"')
  })

  it('renders the canonical parameter and response tables', () => {
    expect(page).toContain('| `message` | `message` | 是 | — | 要发送的内容 |')
    expect(page).toContain('| `message_id` | `number` | 消息 ID |')
  })

  it('gives every implementation a section with a stable anchor, status and source link', () => {
    expect(page).toContain('### NapCat {#impl-napcat}')
    expect(page).toContain('### Lagrange.OneBot {#impl-lagrange}')
    expect(page).toContain('**状态**：<span class="st st-major" aria-hidden="true">!</span> 严重差异')
    expect(page).toContain('[`Lagrange.OneBot/SendMessage.cs#L12`](https://github.com/LagrangeDev/Lagrange.Core/blob/2222222222222222222222222222222222222222/Lagrange.OneBot/SendMessage.cs#L12)')
  })

  it("renders the implementation's own parameter table with the rename applied", () => {
    expect(page).toContain('| `target` | `number` | 否 | — | 改名：`group_id` → `target`（测试用的改名） |')
  })

  it('keeps data text literal: only text with `{{ }}` sits in a v-pre block, the rest stays static markdown', () => {
    expect(page).toContain('<div v-pre>\n\n发送一条消息。带 `{{ 花括号 }}` 的说明原样显示。\n\n</div>')
    expect(page.match(/v-pre/g)).toHaveLength(1)
  })

  it('has a JSON request example naming the action', () => {
    const json = page.match(/```json\n([\s\S]*?)\n```/)?.[1]
    expect(JSON.parse(json!)).toEqual({ action: 'send_msg', params: { message: [{ type: 'text', data: { text: '你好' } }] }, echo: '1' })
  })
})

describe('effectiveParams', () => {
  it('applies renames, additions and requirement changes to the canonical list', () => {
    const rows = effectiveParams(api('send_msg').params, [
      { name: 'target', change: 'renamed', from: 'group_id' },
      { name: 'message', change: 'optional' },
      { name: 'prompt', change: 'added', type: 'string', required: false },
    ])
    expect(rows.map((r) => [r.name, r.required])).toEqual([
      ['message_type', false],
      ['user_id', false],
      ['target', false],
      ['message', false],
      ['prompt', false],
    ])
  })
})

describe('summarizeDiffs', () => {
  it('puts the differences of one kind on one line, parameters before the response', () => {
    const lines = summarizeDiffs(api('send_msg'), {
      status: 'minor',
      params: [{ name: 'no_cache', change: 'default', default: true }],
      response: [
        { name: 'age', change: 'value', note: '恒为 0' },
        { name: 'qq_level', change: 'added', type: 'number', required: false },
        { name: 'area', change: 'value', note: '恒为空串' },
      ],
    })
    expect(lines).toEqual([
      '参数默认值不同：`no_cache`（默认 `true`）',
      '响应取值不同：`age`（恒为 0）、`area`（恒为空串）',
      '响应新增：`qq_level`（`number`，可选）',
    ])
  })
})

describe('a difference that holds under a condition, or reverses the action', () => {
  it('says the condition, a reversed default, and that an added parameter with a null default is not sent', () => {
    expect(describeDiff({ name: 'forward_id', change: 'added', type: 'string', note: '合并转发的 ID', when: '仅在 packet 后端可用时' })).toBe(
      '新增：`forward_id`（`string`，合并转发的 ID，条件：仅在 packet 后端可用时）',
    )
    expect(describeDiff({ name: 'duration', change: 'default', default: 0, reverses: true, note: '省略时解除禁言' })).toBe(
      '默认值不同：`duration`（默认 `0`，与参考相反，省略时解除禁言）',
    )
    expect(describeDiff({ name: 'image', change: 'added', type: 'string', default: null, note: '配图' })).toBe('新增：`image`（`string`，默认不传，配图）')
  })

  it('puts a statement\'s condition on its status line', () => {
    const impl = dataset.implementations[0]!
    const line = statusLine({ mark: 'full', extension: true, stub: false }, impl, { status: 'full', when: '开启 `reportSelfMessage` 时' })
    expect(line).toContain('**条件**：开启 `reportSelfMessage` 时')
  })
})

describe('since which release', () => {
  it('says since which release on the status line, with the earlier run of a name removed and registered again', () => {
    const impl = dataset.implementations[0]!
    const s = api('_send_group_notice').support.napcat!
    expect(statusLine({ mark: 'minor', extension: false, stub: false }, impl, s)).toContain('**起始版本**：自 v2.0.0 起（此前 v1.0.0 也有，之后一度移除）')
    expect(statusLine({ mark: 'full', extension: false, stub: false }, impl, api('send_msg').support.napcat!)).toContain('**起始版本**：v1.0.0 及更早的版本就有')
  })

  it('lists what each release added on the implementation page, or says there are no releases to read', () => {
    const napcat = renderImplPage(dataset.implementations.find((i) => i.id === 'napcat')!, dataset)
    expect(napcat).toContain('## 版本 {#releases}')
    expect(napcat).toContain('**v2.0.0**（2024-09-30）新增：[`_send_group_notice`](/api/underscore-send_group_notice#impl-napcat)')
    const lagrange = renderImplPage(dataset.implementations.find((i) => i.id === 'lagrange')!, dataset)
    expect(lagrange).toContain('Lagrange.OneBot 在审计时的版本之前没有可读的发布标签')
    expect(napcat).not.toContain('上游项目的发布')
    // A fork reads its releases from its own first one: the page says the older tags are its parent's.
    const napcatImpl = dataset.implementations.find((i) => i.id === 'napcat')!
    const fork = { ...napcatImpl, audit: { ...napcatImpl.audit, first_release: 'v1.0.0' } }
    expect(renderImplPage(fork, dataset)).toContain('仓库里更早的标签是上游项目的发布，不计入；从它自己的第一个版本 v1.0.0 读起。')
  })
})

describe('noteLead', () => {
  it('takes the first sentence of the first paragraph that is not only a source link', () => {
    expect(noteLead('处理逻辑见 [x](https://example.com)。\n\n缺省为 0。要禁言必须显式传。')).toBe('缺省为 0。')
    expect(noteLead('没有句号的一句话\n\n第二段。')).toBe('没有句号的一句话')
    expect(noteLead(undefined)).toBeUndefined()
    expect(noteLead('处理逻辑见 [x](https://example.com)。')).toBeUndefined()
  })

  it('fills the difference column from the note when no field difference is recorded', () => {
    const sendMsg = api('send_msg')
    const withoutDiffs = { ...sendMsg, support: { ...sendMsg.support, lagrange: { ...sendMsg.support.lagrange!, params: undefined } } }
    expect(renderApiPage(sendMsg, dataset)).toContain('[Lagrange.OneBot](#impl-lagrange) <span class="strip-what">严重差异：参数改名：`group_id` → `target`（测试用的改名）</span>')
    expect(renderApiPage(withoutDiffs, dataset)).toContain('[Lagrange.OneBot](#impl-lagrange) <span class="strip-what">严重差异：二者都给出时按群聊发送。</span>')
  })
})

describe('request example', () => {
  it('shows required parameters, or a coherent single target when none is required', () => {
    const notice = JSON.parse(requestExample(api('_send_group_notice')))
    expect(notice.params).toEqual({ group_id: 123456789, content: '群公告内容' })
  })
})

describe('implementation page', () => {
  const page = renderImplPage(dataset.implementations[1]!, dataset)

  it('shows the audited commit and coverage figures', () => {
    expect(page).toContain('[2222222](https://github.com/LagrangeDev/Lagrange.Core/tree/2222222222222222222222222222222222222222)（v1 分支，2025-10-10）')
    expect(page).toContain('| OneBot 11 标准 API | 1 / 1（100%） |')
    expect(page).toContain('| go-cqhttp 扩展 API | 0 / 1（0%） |')
  })

  it('lists its major differences with the mark, title and reason, linked to its note on the API page', () => {
    expect(page).toContain(
      '## 严重差异 {#major}\n\n- <span class="st st-major" aria-hidden="true">!</span><span class="sr">严重差异</span> [`send_msg`](/api/send_msg#impl-lagrange) 发送消息：参数改名：`group_id` → `target`（测试用的改名）',
    )
  })

  it('lists the go-cqhttp extensions it lacks, with why', () => {
    expect(page).toContain('## 缺少的 go-cqhttp 扩展 {#missing-go-cqhttp}')
    expect(page).toContain('[`_send_group_notice`](/api/underscore-send_group_notice#impl-lagrange) 发送群公告：审计的提交中没有注册')
  })
})

describe('data text in markdown', () => {
  it('escapes braces that the renderer would read as attributes, but not inside code or a heading anchor', () => {
    expect(text('回应者 {user_id, nick_name}')).toBe('回应者 \\{user_id, nick_name\\}')
    expect(text('用 `{a, b}` 表示')).toBe('用 `{a, b}` 表示')
    expect(text('## 参数名 {#shapes}\n见 {x}')).toBe('## 参数名 {#shapes}\n见 \\{x\\}')
  })

  it('puts text with a Vue mustache in v-pre, in a block or inline in a table cell', () => {
    expect(text('值为 {{ x }}')).toBe('<div v-pre>\n\n值为 \\{\\{ x \\}\\}\n\n</div>')
    expect(cell('值为 {{ x }}')).toBe('<span v-pre>值为 \\{\\{ x \\}\\}</span>')
  })
})

describe('segment matrix', () => {
  const matrix = renderSegmentMatrix(dataset)

  it('groups segment types by origin, one column per implementation', () => {
    expect(matrix).toContain('## OneBot 11 标准 {#origin-onebot11}')
    expect(matrix).toContain('| 类型 | [NapCat](/impl/napcat) | [Lagrange.<wbr>OneBot](/impl/lagrange) |')
  })

  it('splits each cell into 发 and 收, each linking to that direction’s note', () => {
    const dir = (impl: string, d: string, mark: string, glyph: string, said: string) => {
      const label = `${impl === 'napcat' ? 'NapCat' : 'Lagrange.OneBot'} ${d === 'send' ? '发送' : '接收'}：${said}`
      return `<a class="st st-${mark}" href="segments/image#impl-${impl}-${d}" title="${label}" aria-label="${label}" target="_self"><i>${d === 'send' ? '发' : '收'}</i>${glyph}</a>`
    }
    expect(matrix).toContain(
      `| [\`image\`][seg:image]<br><span class="mx-sub">图片</span> | ${dir('napcat', 'send', 'minor', '≈', '轻微差异')} ${dir('napcat', 'receive', 'full', '✓', '完整支持')} | ${dir('lagrange', 'send', 'full', '✓', '完整支持')} ${dir('lagrange', 'receive', 'major', '!', '严重差异')} |`,
    )
  })

  it('shows support in a direction the reference does not define as an extension', () => {
    // forward: the standard defines receiving only, so NapCat's full send is marked as an extension and keeps its status.
    expect(matrix).toContain('<a class="st st-full st-ext" href="segments/forward#impl-napcat-send" title="NapCat 发送：完整支持（扩展）"')
    expect(matrix).toContain('<a class="st st-full" href="segments/forward#impl-napcat-receive" title="NapCat 接收：完整支持"')
  })

  it('counts coverage per direction from the data', () => {
    // image and json both directions; forward receive only: NapCat sends 2/2 standard, receives 3/3.
    expect(matrix).toContain('| [NapCat](/impl/napcat#segments) | 2 / 2（100%） | 1 | 3 / 3（100%） | 0 |')
    expect(matrix).toContain('| [Lagrange.OneBot](/impl/lagrange#segments) | 2 / 2（100%） | 0 | 2 / 3（67%） | 0 |')
  })
})

describe('segment page', () => {
  const seg = (name: string) => dataset.segments.find((s) => s.name === name)!
  const page = renderSegmentPage(seg('image'), dataset)

  it('renders the canonical field table with each field’s direction', () => {
    expect(page).toContain('| `url` | `string` | 仅接收 | — | — | 图片 URL |')
    expect(page).toContain('| `cache` | `number` | 仅发送 | 否 | `1` | 是否使用已缓存的文件 |')
  })

  it('shows a JSON and a CQ-code example', () => {
    expect(page).toContain('"type": "image"')
    expect(page).toContain('[CQ:image,file=https://example.com/picture.png]')
  })

  it('gives each implementation a send and a receive section with stable anchors and their differences', () => {
    expect(page).toContain('#### 发送 {#impl-napcat-send}')
    expect(page).toContain('#### 接收 {#impl-lagrange-receive}')
    expect(page).toContain('- 接受但忽略：`cache`')
    expect(page).toContain('[NapCat](#impl-napcat) <span class="strip-what">发送：字段接受但忽略：`cache`；字段新增：`sub_type`（`number`，图片子类型，默认 0）</span>')
  })

  it('says what arrives instead when a type is not received', () => {
    const forward = renderSegmentPage(seg('forward'), dataset)
    expect(forward).toContain('Lagrange.OneBot 不会在收到的消息里上报 `forward` 类型。这类内容以 [`json`](/segments/json) 段到达。')
    expect(forward).toContain('**标准定义的方向**：只有接收')
    // The marks already say 未实现; the line beside them only adds what arrives instead.
    expect(forward).toContain('[Lagrange.OneBot](#impl-lagrange) <span class="strip-what">接收：未实现，内容以 `json` 段到达</span>')
  })
})

describe('cell notes (what a matrix cell opens in place)', () => {
  const notes = featureNotes(api('send_msg'), dataset)

  it('is served beside the page address and keyed by the anchor each cell links to', () => {
    expect(notesFile(api('send_msg'))).toBe('public/notes/api/send_msg.json')
    expect(Object.keys(notes.cells)).toEqual(['impl-napcat', 'impl-lagrange'])
  })

  it('holds the mark, the differences, the note and the source as HTML, with no raw HTML from data', () => {
    const lagrange = notes.cells['impl-lagrange']!
    expect(lagrange.heading).toBe('Lagrange.OneBot')
    expect(lagrange.label).toBe('严重差异')
    expect(lagrange.html).toContain('<span class="st st-major" aria-hidden="true">!</span> <strong>严重差异</strong>')
    expect(lagrange.html).toContain('<li>参数改名：<code>group_id</code> → <code>target</code>（测试用的改名）</li>')
    expect(lagrange.html).toContain('源码 <a href="https://github.com/LagrangeDev/Lagrange.Core/blob/2222222222222222222222222222222222222222/Lagrange.OneBot/SendMessage.cs#L12">')
    const withHtml = { ...api('send_msg'), support: { ...api('send_msg').support, napcat: { status: 'full' as const, note: '<img src=x onerror=alert(1)>', source: api('send_msg').support.napcat!.source } } }
    expect(featureNotes(withHtml, dataset).cells['impl-napcat']!.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})

describe('events', () => {
  const event = (name: string) => dataset.events.find((e) => e.name === name)!

  it('address an event by its post_type and detail type, a notify notice with its sub_type after a dash', () => {
    expect(eventSlug('notice.notify.poke')).toBe('notice/notify-poke')
    expect(eventPath('notice.group_ban')).toBe('/events/notice/group_ban')
    expect(eventPageFile(event('meta_event.heartbeat'))).toBe('events/meta_event/heartbeat.md')
  })

  describe('matrix', () => {
    const matrix = renderEventMatrix(dataset)

    it('groups events by post_type under stable anchors, in the protocol order', () => {
      expect(matrix.indexOf('## 通知事件（notice） {#post-notice}')).toBeLessThan(matrix.indexOf('## 元事件（meta_event） {#post-meta_event}'))
      expect(matrix).toContain('[`notice.group_ban`][evt:notice/group_ban]<br><span class="mx-sub">群禁言 · 标准</span>')
      expect(matrix).toContain('[evt:notice/group_ban]: /events/notice/group_ban "群禁言"')
    })

    it('says in the cell how many expected sub_types are emitted when not all are', () => {
      expect(matrix).toContain(
        '<a class="st st-major" href="events/notice/group_ban#impl-lagrange" title="Lagrange.OneBot：严重差异，发出 1/2 个子类型" aria-label="Lagrange.OneBot：严重差异，发出 1/2 个子类型" target="_self">!<small>1/2</small></a>',
      )
      expect(matrix).toContain('<a class="st st-full" href="events/notice/group_ban#impl-napcat" title="NapCat：完整支持" aria-label="NapCat：完整支持" target="_self">✓</a>')
    })

    it('has a row per sub_type under its event, marking emitted, renamed and (for a none cell) absent', () => {
      const row = matrix.split('\n').find((l) => l.includes('<span class="mx-subrow">↳ `lift_ban` 解除禁言</span>'))!
      expect(row).toContain('<span class="sub sub-yes" title="NapCat 发出 lift_ban">✓</span>')
      expect(row).toContain('<span class="sub sub-renamed" title="Lagrange.OneBot 以 lift 发出">→ `lift`</span>')
      expect(matrix).toContain('<EventSubTypeSwitch />')
    })

    it('counts standard events per implementation', () => {
      expect(matrix).toContain('| [NapCat](/impl/napcat#events) | 3 / 3（100%） | 0 / 0（—） | 0 |')
      expect(matrix).toContain('| [Lagrange.OneBot](/impl/lagrange#events) | 2 / 3（67%） | 0 / 0（—） | 0 |')
    })
  })

  describe('page', () => {
    const page = renderEventPage(event('notice.group_ban'), dataset)

    it('opens with the status strip, naming a renamed sub_type', () => {
      expect(page).toMatch(/^---\ntitle: "notice.group_ban"\nsearchTitle: "notice.group_ban 群禁言"/)
      expect(page).toContain('[Lagrange.OneBot](#impl-lagrange) <span class="strip-what">严重差异：子类型改名：`lift_ban` → `lift`；字段取值不同：`time`（毫秒时间戳）</span>')
    })

    it('lists the fields, then a sub_type × implementation grid', () => {
      expect(page).toContain('| `duration` | `number` | 禁言时长（秒） |')
      expect(page).toContain('| `lift_ban` | 解除禁言 | 标准 | <span class="sub sub-yes" title="发出">✓</span> | <span class="sub sub-renamed" title="以另一个名称发出">→ `lift`</span> |')
    })

    it('says per implementation what it emits and under which name', () => {
      expect(page).toContain('**发出的子类型**：`ban`、`lift`')
      expect(page).toContain('**子类型改名**：标准的 `lift_ban` 以 `lift` 发出。')
    })

    it('says which channels a meta event is limited to, and that a none cell emits nothing', () => {
      const heartbeat = renderEventPage(event('meta_event.heartbeat'), dataset)
      expect(heartbeat).toContain('**发送渠道**：只经 正向 WebSocket、反向 WebSocket 发出。')
      expect(renderEventPage(event('notice.notify.poke'), dataset)).toContain('在审计的提交中，Lagrange.OneBot 不会上报 `notice.notify.poke` 事件。')
    })
  })

  it('builds an example payload with the type keys, the first sub_type and every field', () => {
    expect(JSON.parse(eventJson(event('notice.group_ban')))).toEqual({
      time: 1700000000,
      self_id: 10000000,
      post_type: 'notice',
      notice_type: 'group_ban',
      sub_type: 'ban',
      group_id: 123456789,
      user_id: 10001000,
      duration: 600,
    })
    expect(JSON.parse(eventJson(event('notice.notify.poke')))).toMatchObject({ notice_type: 'notify', sub_type: 'poke', target_id: 10003000 })
  })

  it('lists the events on the implementation page', () => {
    const page = renderImplPage(dataset.implementations.find((i) => i.id === 'lagrange')!, dataset)
    expect(page).toContain('## 事件 {#events}')
    expect(page).toContain('[`notice.notify.poke`](/events/notice/notify-poke#impl-lagrange) 戳一戳')
    expect(page).toContain('[`notice.group_ban`](/events/notice/group_ban#impl-lagrange) 群禁言：子类型改名：`lift_ban` → `lift`')
  })
})
