import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/lib/load.js'
import { formatProblem } from '../../scripts/lib/problems.js'
import { MAX_FILE_BYTES } from '../../scripts/lib/source.js'
import { corpusCases, expectedFor, fixtureWith, removeFixture } from '../corpus.js'

const messagesFor = (root: string) => loadData(root).problems.map(formatProblem).join('\n')

describe('bad-input corpus', () => {
  const cases = corpusCases()

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases)('%s: validation says exactly what expected.txt says', (name) => {
    const root = fixtureWith(name)
    try {
      const expected = expectedFor(name)
      expect(expected).not.toBe('') // a case that expects nothing would test nothing
      expect(messagesFor(root)).toBe(expected)
    } finally {
      removeFixture(root)
    }
  })

  it('refuses a huge file with its size', () => {
    const root = fixtureWith()
    try {
      const file = 'data/apis/message/send_msg.md'
      writeFileSync(join(root, file), `---\nname: send_msg\n---\n${'很长的说明。'.repeat(MAX_FILE_BYTES / 6)}`)
      expect(messagesFor(root)).toMatch(
        new RegExp(`^${file}: \\[syntax\\] expected a data file of at most ${MAX_FILE_BYTES} bytes, found \\d+ bytes$`, 'm'),
      )
    } finally {
      removeFixture(root)
    }
  })

  it('reports problems from every file at once, not only the first', () => {
    const root = fixtureWith('status-typo')
    try {
      writeFileSync(join(root, 'data/categories.yaml'), '- id: message\n  title: 消息\n')
      const problems = loadData(root).problems
      expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['data/apis/message/send_msg.md', 'data/categories.yaml']))
    } finally {
      removeFixture(root)
    }
  })
})

describe('missing registry', () => {
  it('names the missing file without leaking the machine path', () => {
    const root = fixtureWith()
    try {
      rmSync(join(root, 'data/categories.yaml'))
      expect(messagesFor(root)).toBe('data/categories.yaml: [read] expected a readable file, found no such file')
    } finally {
      removeFixture(root)
    }
  })
})
