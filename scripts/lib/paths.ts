import { fileURLToPath } from 'node:url'

/** The repository root, wherever a command is started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
