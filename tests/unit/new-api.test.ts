import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData, type Dataset } from '../../scripts/lib/load.js'
import { newApiFile, PLACEHOLDER_BODY, PLACEHOLDER_TITLE } from '../../scripts/lib/new-api.js'
import { formatProblem } from '../../scripts/lib/problems.js'
import { fixtureWith, removeFixture, VALID_FIXTURE } from '../corpus.js'

const dataset = loadData(VALID_FIXTURE).dataset as Dataset

/** Writes `text` as `file` into a copy of the valid fixture and returns what validation says. */
function validateWith(file: string, text: string): string[] {
  const root = fixtureWith()
  try {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
    return loadData(root).problems.map(formatProblem)
  } finally {
    removeFixture(root)
  }
}

describe('npm run new', () => {
  const { file, text } = newApiFile(dataset, 'group', '.set_group_todo')

  it('writes the file where it belongs, with every implementation unknown', () => {
    expect(file).toBe('data/apis/group/dot-set_group_todo.md')
    expect(text).toContain('  napcat:\n    status: unknown\n  lagrange:\n    status: unknown\n')
  })

  it('fails validation until the title and description are written, naming each field', () => {
    expect(validateWith(file, text)).toEqual([
      `${file}:3: [placeholders] title: expected your own text, found the placeholder "待填写：中文标题" that \`npm run new\` wrote`,
      `${file}:15: [placeholders] body: expected your own text, found the placeholder "待填写：用一两句话说明这个 API 做什么。" that \`npm run new\` wrote`,
    ])
  })

  it('passes once they are written', () => {
    const filled = text.replace(PLACEHOLDER_TITLE, '设置群待办').replace(PLACEHOLDER_BODY, '把一条群消息设为群待办。')
    expect(validateWith(file, filled)).toEqual([])
  })
})
