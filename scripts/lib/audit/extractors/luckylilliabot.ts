/** LuckyLilliaBot (LLOneBot/LuckyLilliaBot, LLOneBot renamed): the registry shared with LLOneBot, see llonebot-registry.ts. */
import type { Extractor } from '../extractor.js'
import { llonebotExtractor } from './llonebot-registry.js'

export const extractor: Extractor = llonebotExtractor('luckylilliabot')
