import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI, determinism and LibreOffice tests start processes; a loaded CI machine is slow.
    testTimeout: 60_000,
  },
})
