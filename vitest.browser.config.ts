import { defineConfig } from 'vitest/config'

// Browser tests drive Debian's Chromium against the built site (.vitepress/dist): run `npm run build` first.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
