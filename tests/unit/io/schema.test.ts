import committed from '../../../docs/journey.schema.json?raw'
import { describe, expect, it } from 'vitest'
import { journeyJsonSchema } from '../../../src/io/jsonSchema'
import { fixtureText } from '../format/helpers'

describe('docs/journey.schema.json', () => {
  it('is what the zod schema generates (after a schema change run: node scripts/gen-schema.mjs)', () => {
    expect(JSON.parse(committed)).toEqual(journeyJsonSchema())
  })

  it('describes the sample file: every field the app writes is in it', () => {
    const schema = JSON.parse(committed)
    const sample = JSON.parse(fixtureText)
    const cardFields = Object.keys(schema.properties.document.properties.cards.items.properties)
    for (const field of Object.keys(sample.document.cards[0])) expect(cardFields, field).toContain(field)
    expect(schema.properties.formatVersion.minimum).toBe(1)
    expect(schema.required).toEqual(expect.arrayContaining(['type', 'formatVersion', 'document']))
  })
})
