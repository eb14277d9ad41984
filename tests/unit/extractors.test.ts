/**
 * Extractors on small trees made here, shaped like each implementation's registry: every name they register
 * (aliases too) with its handler file, and undefined for a layout they do not know. The check on the real
 * repositories at the audited commits is `npm run audit` (README).
 */
import { describe, expect, it } from 'vitest'
import { memoryTree } from '../../scripts/lib/audit/tree.js'
import { compareRegistry } from '../../scripts/lib/audit/registry.js'
import { extractor as goCqhttp } from '../../scripts/lib/audit/extractors/go-cqhttp.js'
import { extractor as lagrange } from '../../scripts/lib/audit/extractors/lagrange.js'
import { extractor as tanebi } from '../../scripts/lib/audit/extractors/tanebi.js'
import { extractor as snowluma } from '../../scripts/lib/audit/extractors/snowluma.js'

describe('go-cqhttp', () => {
  const api = `package api
func (c *Caller) call(action string, spec *onebot.Spec, p Getter) global.MSG {
	if spec.Version == 11 {
		switch action {
		case "get_login_info":
			return c.bot.CQGetLoginInfo()
		}
	}
	if spec.Version == 12 {
		switch action {
		case "get_self_info":
			return c.bot.CQGetLoginInfo()
		}
	}
	switch action {
	case "send_msg", "send_message_alias":
		return c.bot.CQSendMessage(p.Get("message"))
	}
	return nil
}`
  const coolq = `package coolq
func (bot *CQBot) CQGetLoginInfo() global.MSG { return nil }
func (bot *CQBot) CQSendMessage(m string) global.MSG { return nil }`
  const middlewares = `package server
func longPolling(bot *coolq.CQBot, maxSize int) api.Handler {
	return func(action string, spec *onebot.Spec, p api.Getter) global.MSG {
		switch {
		case spec.Version == 11 && action == "get_updates": // ok
		case spec.Version == 12 && action == "get_latest_events": // ok
		default:
			return nil
		}
		return nil
	}
}`

  it('reads the OneBot 11 and shared switch blocks and the long-polling name, leaving OneBot 12 out', () => {
    const names = goCqhttp.extract(memoryTree({ 'modules/api/api.go': api, 'coolq/api.go': coolq, 'server/middlewares.go': middlewares }))!
    expect([...names.keys()].sort()).toEqual(['get_login_info', 'get_updates', 'send_message_alias', 'send_msg'])
    expect(names.get('send_msg')).toBe('coolq/api.go')
    expect(names.get('get_updates')).toBe('server/middlewares.go')
  })

  it('knows no registry in a tree without one', () => {
    expect(goCqhttp.extract(memoryTree({ 'README.md': 'go-cqhttp' }))).toBeUndefined()
  })
})

describe('Lagrange.OneBot', () => {
  const service = `public sealed class OperationService {
  public OperationService() {
    foreach (var type in Assembly.GetExecutingAssembly().GetTypes()) {
      foreach (var attribute in type.GetCustomAttributes<OperationAttribute>()) _operations[attribute.Api] = type;
    }
  }
}`
  it('reads every [Operation] attribute of the project, several on one class, not those in comments', () => {
    const names = lagrange.extract(
      memoryTree({
        'Lagrange.OneBot/Core/Operation/OperationService.cs': service,
        'Lagrange.OneBot/Core/Operation/Generic/OcrImageOperation.cs': '[Operation(".ocr_image")]\n[Operation("ocr_image")]\npublic class OcrImageOperation : IOperation {}',
        'Lagrange.OneBot/Core/Operation/Message/SendMsg.cs': '// [Operation("send_msg_old")]\n[Operation("send_msg")] public class SendMessageOperation : IOperation {}',
      }),
    )!
    expect([...names.keys()].sort()).toEqual(['.ocr_image', 'ocr_image', 'send_msg'])
    expect(names.get('send_msg')).toBe('Lagrange.OneBot/Core/Operation/Message/SendMsg.cs')
  })
})

describe('tanebi', () => {
  it('follows the list given to ActionCollection into each defineAction, with its aliases', () => {
    const names = tanebi.extract(
      memoryTree({
        'packages/app/src/index.ts': `import { send_poke } from '@app/action/message/send_poke';\nimport { get_status } from '@app/action/system/get_status';\nthis.actions = new ActionCollection(this, [\n  send_poke,\n  get_status,\n]);`,
        'packages/app/src/action/index.ts': 'export class ActionCollection { constructor(app, actions) { for (const a of actions) { this.map.set(a.endpoint, a); a.alias?.forEach((x) => this.map.set(x, a)) } } }',
        'packages/app/src/action/message/send_poke.ts': `export const send_poke = defineAction('send_poke', z.object({}), async () => {}, ['friend_poke', 'group_poke']);`,
        'packages/app/src/action/system/get_status.ts': `export const get_status = defineAction('get_status', z.object({}), async () => ({}));\nexport const unused = defineAction('not_listed', z.object({}), async () => ({}));`,
      }),
    )!
    expect([...names.keys()].sort()).toEqual(['friend_poke', 'get_status', 'group_poke', 'send_poke'])
    expect(names.get('group_poke')).toBe('packages/app/src/action/message/send_poke.ts')
  })
})

describe('SnowLuma', () => {
  it('reads the literal registerAction calls of the files api-handler.ts imports (the first layouts)', () => {
    const tree = memoryTree({
      'src/onebot/api-handler.ts': `import { register as registerInfo } from './actions/info';
export class ApiHandler { constructor(c) { registerInfo(this, c); } registerAction(action: string, handler) {} }`,
      'src/onebot/actions/info.ts': `export function register(h, ctx) {
  h.registerAction('get_login_info', async () => ({}));
  h.registerAction('get_rkey', handleGetRkey);
  h.registerAction('nc_get_rkey', handleGetRkey);
  // h.registerAction('get_status', async () => ({}));
}`,
      'src/onebot/actions/unused.ts': `export function register(h) { h.registerAction('never_imported', f); }`,
    })
    expect([...snowluma.extract(tree)!]).toEqual([
      ['get_login_info', 'src/onebot/actions/info.ts'],
      ['get_rkey', 'src/onebot/actions/info.ts'],
      ['nc_get_rkey', 'src/onebot/actions/info.ts'],
    ])
  })

  it("follows the barrel into each action spec's name, a name array giving every alias, and the raw registration", () => {
    const tree = memoryTree({
      'packages/onebot/src/api-handler.ts': `import { ALL_ACTIONS } from './actions';
export class ApiHandler { constructor(c) { this.registerAction('.handle_quick_operation', async (p) => ({})); } }`,
      'packages/onebot/src/actions/index.ts': `import { actions as infoActions } from './info';
import { actions as streamActions } from './stream';
export const ACTION_GROUPS = [{ category: '信息', actions: infoActions }, { category: '流式接口', actions: streamActions }];`,
      'packages/onebot/src/actions/info.ts': `import { defineAction, groupAction, f } from '../action-kit';
export const actions = [
  defineAction({ name: ['fetch_ptt_text', 'get_ptt_text'], params: { name: f.string() }, run: async () => null }),
  groupAction({
    name: 'get_group_info',
    params: { name: f.string().optional() },
    run: async () => null,
  }),
];`,
      'packages/onebot/src/actions/stream.ts': `const upload = defineStreamAction({ name: 'upload_file_stream', run: async () => null });
export const actions = [upload];`,
    })
    expect([...snowluma.extract(tree)!.keys()]).toEqual(['.handle_quick_operation', 'fetch_ptt_text', 'get_ptt_text', 'get_group_info', 'upload_file_stream'])
    expect(snowluma.extract(tree)!.get('upload_file_stream')).toBe('packages/onebot/src/actions/stream.ts')
  })

  it('knows no registry in a tree without one, or with an import it cannot follow', () => {
    expect(snowluma.extract(memoryTree({ 'README.md': '' }))).toBeUndefined()
    expect(snowluma.extract(memoryTree({ 'src/onebot/api-handler.ts': `import { register } from './actions/gone';` }))).toBeUndefined()
  })
})

describe('comparing a registry with the data', () => {
  it('names what the source registers that the data lacks, and what the data supports that is not registered', () => {
    const registered = new Map([['send_msg', 'a.ts'], ['get_status', 'b.ts']])
    const data = new Map([['send_msg', 'data/apis/message/send_msg.md'], ['delete_msg', 'data/apis/message/delete_msg.md']])
    expect(compareRegistry(registered, data)).toEqual({ missingFromData: ['get_status'], notRegistered: ['delete_msg'] })
  })
})
