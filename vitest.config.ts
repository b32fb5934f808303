import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One worker per core (vitest's default leaves one core idle: on CI's two cores that halves the speed), and the
    // modules of the pipeline loaded once per worker instead of once per test file: the tests share no state but the
    // loader's caches, which are keyed by content. Together they take the suite from about 80 s to about 40 s.
    maxWorkers: availableParallelism(),
    isolate: false,
    // The CLI, determinism and LibreOffice tests start processes; a loaded CI machine is slow.
    testTimeout: 60_000,
  },
})
