import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Three projects: node (domain, format, persistence on fake-indexeddb, main-process logic),
// dom (store and panels in happy-dom) and e2e (the built app in Electron or a system Chromium).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/support/setupNode.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/support/setupNode.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: two cores, and each spec owns a fixed origin's storage.
          fileParallelism: false,
        },
      },
    ],
  },
})
