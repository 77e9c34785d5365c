// Regenerates docs/journey.schema.json from the zod schema in src/format (through src/io/jsonSchema.ts).
// tests/unit/io/schema.test.ts fails until this has been run after a schema change.
import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' })
try {
  const { journeyJsonSchema } = await server.ssrLoadModule('/src/io/jsonSchema.ts')
  const target = resolve(root, 'docs/journey.schema.json')
  await writeFile(target, `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`)
  console.log(`wrote ${target}`)
} finally {
  await server.close()
}
