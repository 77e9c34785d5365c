// Builds the reference scene (a plain react-konva page, see main.tsx) with Vite's own build API
// at bench time, so it always runs on the React, Konva and react-konva the app is built with.
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const HERE = dirname(fileURLToPath(import.meta.url))

/** Writes the built page (index.html and its assets) to `outDir`, replacing what was there. */
export async function buildReference(outDir) {
  await rm(outDir, { recursive: true, force: true })
  await build({
    root: HERE,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 2000,
      // The reference scene, and the page that lays the bench's maps out with the app's code (layout.ts).
      rollupOptions: { input: { index: join(HERE, 'index.html'), layout: join(HERE, 'layout.html') } },
    },
  })
  return outDir
}
