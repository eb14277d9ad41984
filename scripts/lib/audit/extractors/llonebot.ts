/** LLOneBot (LLOneBot/LLOneBot, up to v7.0.1): the registry shared with LuckyLilliaBot, see llonebot-registry.ts. */
import type { Extractor } from '../extractor.js'
import { llonebotExtractor } from './llonebot-registry.js'

export const extractor: Extractor = llonebotExtractor('llonebot')
