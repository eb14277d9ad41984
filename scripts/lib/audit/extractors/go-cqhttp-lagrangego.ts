/**
 * go-cqhttp on LagrangeGo (LagrangeDev/go-cqhttp) keeps go-cqhttp's registry unchanged: the switch
 * cmd/api-generator writes into modules/api/api.go and the long-polling middleware, so go-cqhttp's
 * extractor reads it, including the older layouts of the release tags it inherited.
 */
import type { Extractor } from '../extractor.js'
import { extractor as goCqhttp } from './go-cqhttp.js'

export const extractor: Extractor = { ...goCqhttp, impl: 'go-cqhttp-lagrangego' }
