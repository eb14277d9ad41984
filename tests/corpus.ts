/**
 * The bad-input corpus: each folder under tests/bad-input overlays a few files onto the valid
 * fixture (tests/fixtures/valid) and lists in expected.txt exactly what validation must say.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const TESTS_DIR = fileURLToPath(new URL('.', import.meta.url))
export const VALID_FIXTURE = join(TESTS_DIR, 'fixtures/valid')
export const CORPUS_DIR = join(TESTS_DIR, 'bad-input')

export const corpusCases = (): string[] =>
  readdirSync(CORPUS_DIR).filter((name) => statSync(join(CORPUS_DIR, name)).isDirectory()).sort()

/** A fresh copy of the valid fixture, with a case's files laid over it. */
export function fixtureWith(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'onebot-compat-'))
  cpSync(VALID_FIXTURE, root, { recursive: true })
  if (caseName) {
    cpSync(join(CORPUS_DIR, caseName), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') })
  }
  return root
}

export const expectedFor = (caseName: string): string => readFileSync(join(CORPUS_DIR, caseName, 'expected.txt'), 'utf8').trim()

export const removeFixture = (root: string): void => rmSync(root, { recursive: true, force: true })
