import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { withCspMeta } from './electron/shared/csp'
import pkg from './package.json'

/** The built renderer carries its CSP in a meta tag too, so the web build is as strict as the app. Dev keeps Vite's inline HMR client working. */
function cspMeta(): Plugin {
  return {
    name: 'journeyboard-csp',
    apply: 'build',
    transformIndexHtml: (html) => withCspMeta(html),
  }
}

// Parallel work (several builds and e2e runs on one machine) can build elsewhere than out/.
const OUT = process.env.JOURNEYBOARD_OUT_DIR ?? 'out'

export default defineConfig(({ mode }) => ({
  main: {
    build: {
      outDir: `${OUT}/main`,
      // The room host runs without Electron too: the bench loads out/main/roomServer.js, `npm run room`
      // runs out/main/roomCli.js and `npm run web` out/main/webHost.js.
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          roomServer: resolve('server/room/roomServer.ts'),
          roomCli: resolve('server/roomCli.ts'),
          webHost: resolve('server/web.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A CommonJS preload: Electron loads an ES-module preload only with the sandbox off.
      rollupOptions: { input: { index: resolve('electron/preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('src'),
    base: './',
    plugins: [react(), cspMeta()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(`${OUT}/renderer`),
      minify: mode === 'production',
      // React, Konva and the fonts' CSS make one ~600 kB chunk; it loads from disk, never a network.
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: { index: resolve('src/index.html') } },
    },
  },
}))
