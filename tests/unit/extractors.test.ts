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

describe('comparing a registry with the data', () => {
  it('names what the source registers that the data lacks, and what the data supports that is not registered', () => {
    const registered = new Map([['send_msg', 'a.ts'], ['get_status', 'b.ts']])
    const data = new Map([['send_msg', 'data/apis/message/send_msg.md'], ['delete_msg', 'data/apis/message/delete_msg.md']])
    expect(compareRegistry(registered, data)).toEqual({ missingFromData: ['get_status'], notRegistered: ['delete_msg'] })
  })
})
