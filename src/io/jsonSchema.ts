import { z } from 'zod'
import { CURRENT_FORMAT_VERSION } from '../format'
import { envelopeSchema } from '../format/schema'

/**
 * The .journey format as JSON Schema, generated from the zod schema the importer validates with,
 * so the published schema can never drift from what the app accepts. It describes what a writer
 * may produce (zod's input side): fields with defaults may be left out. docs/journey.schema.json
 * is this, committed; a test fails when the two differ (regenerate: node scripts/gen-schema.mjs).
 */
export function journeyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(envelopeSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>
  return {
    $schema: generated.$schema,
    $id: 'https://journeyboard.app/schema/journey.schema.json',
    title: 'Journeyboard map file (.journey)',
    description: `A Journeyboard map with its grid, cards, links, emotion curve, personas, jobs and action plan, format version ${CURRENT_FORMAT_VERSION}. See docs/file-format.md for units, ranges and what the importer repairs.`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  }
}
