import { defineConfig } from 'vitest/config'

// Tests of the built site (.vitepress/dist): run `npm run build` first. Browser tests drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
