import { describe, expect, it } from 'vitest'
import { isSafeId } from '../../../src/domain'
import { loadEnvelope } from '../../../src/format'
import { expectLoaded, sampleFile } from './helpers'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON under test
type Json = any

const byId = (records: Json[], id: string) => records.find((r: Json) => r.id === id)

function load(edit: (document: Json) => void) {
  const file = sampleFile()
  edit(file.document)
  return expectLoaded(loadEnvelope(file))
}

describe('normalize repairs and tells', () => {
  it('removes links to missing cards', () => {
    const { doc, repairs } = load((d) => {
      for (const n of [1, 2, 3]) d.links.push({ id: `link-${n}`, mapId: d.map.id, from: 'card-pricing-page', to: `ghost-${n}`, label: '' })
    })
    expect(repairs).toEqual([{ kind: 'danglingLinks', count: 3, message: '3 links pointed at missing cards and were removed' }])
    expect(Object.keys(doc.links)).toEqual(['link-price-shock'])
  })

  it('removes a link from a card to itself', () => {
    const { repairs } = load((d) => d.links.push({ id: 'loop', from: 'card-apple-pay', to: 'card-apple-pay', label: '' }))
    expect(repairs).toEqual([{ kind: 'selfLinks', count: 1, message: '1 link joined a card to itself and was removed' }])
  })

  it('drops what hung on a missing stage, and says so for each kind of record', () => {
    const { doc, repairs } = load((d) => {
      d.stages = d.stages.filter((s: Json) => s.id !== 'stage-after')
    })
    expect(repairs).toEqual([
      { kind: 'orphanSteps', count: 1, message: '1 step belonged to a missing stage and was removed' },
      { kind: 'orderFixed', count: 1, message: '1 entry in the order of stages, steps and lanes was missing, repeated or unknown and was fixed' },
      { kind: 'orphanCards', count: 2, message: '2 cards sat in a missing lane or step and were removed' },
      { kind: 'orphanEmotions', count: 1, message: '1 emotion point belonged to a missing step or persona and was removed' },
      { kind: 'badReferences', count: 1, message: '1 reference to missing or repeated personas, jobs, steps or cards was removed' },
    ])
    expect(doc.map.stageIds).toEqual(['stage-before', 'stage-during'])
    expect(Object.keys(doc.steps)).not.toContain('step-first-delivery')
    expect(Object.values(doc.jobs)[0]?.stepIds).toEqual(['step-choose-plan'])
  })

  it('drops unknown and repeated ids from the order and appends records nobody listed', () => {
    const { doc, repairs } = load((d) => {
      d.map.stageIds = ['stage-during', 'ghost', 'stage-during']
      d.stages[0].stepIds = ['step-compare']
      d.map.laneIds = []
    })
    expect(doc.map.stageIds).toEqual(['stage-during', 'stage-before', 'stage-after'])
    expect(doc.stages['stage-before' as keyof typeof doc.stages]?.stepIds).toEqual(['step-compare', 'step-discover'])
    expect(doc.map.laneIds).toEqual(['lane-touchpoints', 'lane-actions', 'lane-emotions', 'lane-pain-points'])
    expect(repairs).toEqual([expect.objectContaining({ kind: 'orderFixed', count: 2 + 2 + 1 + 4 })])
  })

  it('files a step under the stage it names, even when another stage lists it', () => {
    const { doc, repairs } = load((d) => {
      d.stages[2].stepIds.push('step-discover')
    })
    expect(doc.stages['stage-after' as keyof typeof doc.stages]?.stepIds).toEqual(['step-first-delivery'])
    expect(doc.stages['stage-before' as keyof typeof doc.stages]?.stepIds).toEqual(['step-discover', 'step-compare'])
    expect(repairs).toEqual([expect.objectContaining({ kind: 'orderFixed', count: 1 })])
  })

  it('removes cards in a missing lane', () => {
    const { doc, repairs } = load((d) => {
      byId(d.cards, 'card-apple-pay').place.laneId = 'ghost'
    })
    expect(repairs).toEqual([{ kind: 'orphanCards', count: 1, message: '1 card sat in a missing lane or step and was removed' }])
    expect(Object.keys(doc.cards)).not.toContain('card-apple-pay')
  })

  it('shortens a card that spans past the last step', () => {
    const { doc, repairs } = load((d) => {
      byId(d.cards, 'card-plan-quiz').place.span = 10
    })
    expect(repairs).toEqual([{ kind: 'clampedSpans', count: 1, message: '1 card stretched past the last step and was shortened' }])
    expect(doc.cards['card-plan-quiz' as keyof typeof doc.cards]?.place).toMatchObject({ span: 3 })
  })

  it('merges repeated emotion points for the same step and persona, keeping the first', () => {
    const { doc, repairs } = load((d) => {
      d.emotions.push({ id: 'again', stepId: 'step-discover', personaId: null, felt: -2, intended: 0 })
      d.emotions.push({ id: 'and-again', stepId: 'step-checkout', personaId: 'persona-maya', felt: 0, intended: 0 })
    })
    expect(repairs).toEqual([
      { kind: 'mergedEmotions', count: 2, message: '2 emotion points repeated another for the same step and persona and were merged into it' },
    ])
    expect(Object.values(doc.emotions).filter((e) => e.stepId === 'step-discover')).toEqual([expect.objectContaining({ id: 'step-discover_all', felt: 1 })])
  })

  it('clamps emotion scores into -2..+2', () => {
    const { doc, repairs } = load((d) => {
      Object.assign(byId(d.emotions, 'step-discover_all'), { felt: 5, intended: -9 })
    })
    expect(repairs).toEqual([{ kind: 'clampedEmotions', count: 1, message: '1 emotion point scored outside -2 to +2 and was brought into range' }])
    expect(doc.emotions['step-discover_all' as keyof typeof doc.emotions]).toMatchObject({ felt: 2, intended: -2 })
  })

  it('removes emotion points of a missing persona', () => {
    const { repairs } = load((d) => d.emotions.push({ id: 'e', stepId: 'step-discover', personaId: 'ghost', felt: 0, intended: 0 }))
    expect(repairs).toEqual([expect.objectContaining({ kind: 'orphanEmotions', count: 1 })])
  })

  it('brings step widths and lane heights into range', () => {
    const { doc, repairs } = load((d) => {
      d.steps[0].width = 5
      d.lanes[0].height = 99_999
    })
    expect(repairs).toEqual([{ kind: 'clampedSizes', count: 2, message: '2 step widths or lane heights were out of range and were adjusted' }])
    expect(doc.steps['step-discover' as keyof typeof doc.steps]?.width).toBe(120)
    expect(doc.lanes['lane-touchpoints' as keyof typeof doc.lanes]?.height).toBe(2000)
  })

  it('removes references to missing or repeated personas and jobs', () => {
    const { doc, repairs } = load((d) => {
      Object.assign(byId(d.cards, 'card-apple-pay'), { personaIds: ['persona-maya', 'ghost', 'persona-maya'], jobId: 'ghost' })
      d.map.personaIds.push('ghost')
      d.jobs[0].personaIds.push('ghost')
    })
    expect(repairs).toEqual([{ kind: 'badReferences', count: 5, message: '5 references to missing or repeated personas, jobs, steps or cards were removed' }])
    expect(doc.cards['card-apple-pay' as keyof typeof doc.cards]).toMatchObject({ personaIds: ['persona-maya'], jobId: null })
    expect(doc.map.personaIds).toEqual(['persona-maya'])
  })

  it('removes persona photos that are not plain images', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const { doc, repairs } = load((d) => {
      d.personas[0].photo = 'javascript:alert(1)'
      d.personas.push({ id: 'p2', name: 'Svg', photo: 'data:image/svg+xml;base64,PHN2Zz4=' }, { id: 'p3', name: 'Png', photo: png })
    })
    expect(repairs).toEqual([{ kind: 'unsafePhotos', count: 2, message: '2 persona photos were not a picture and were removed' }])
    expect(Object.values(doc.personas).map((p) => p.photo)).toEqual([null, null, png])
  })

  it('strips control and bidi-override characters, keeping newlines and tabs in card text', () => {
    const { doc, repairs } = load((d) => {
      d.map.title = 'Coffee\u202E evil'
      d.stages[0].title = 'Before\npurchase\u0007'
      byId(d.cards, 'card-apple-pay').text = 'Pays\twith\none tap\u0000\u2066'
      d.personas[0].name = 'Maya\u200F'
    })
    expect(repairs).toEqual([
      { kind: 'strippedCharacters', count: 3, message: '3 text fields held control or text-direction characters, which were removed' },
    ])
    expect(doc.map.title).toBe('Coffee evil')
    expect(doc.stages['stage-before' as keyof typeof doc.stages]?.title).toBe('Beforepurchase')
    expect(doc.cards['card-apple-pay' as keyof typeof doc.cards]?.text).toBe('Pays\twith\none tap')
    expect(Object.values(doc.personas)[0]?.name).toBe('Maya\u200F')
  })

  it('re-keys unsafe and repeated ids and rewrites the references to them', () => {
    const { doc, repairs } = load((d) => {
      d.stages[0].id = '__proto__'
      d.map.stageIds[0] = '__proto__'
      for (const step of d.steps) if (step.stageId === 'stage-before') step.stageId = '__proto__'
      byId(d.cards, 'card-pricing-page').id = 'card with spaces'
      d.links[0].from = 'card with spaces'
      d.cards.push({ ...byId(d.cards, 'card-apple-pay'), text: 'a twin' })
    })
    expect(repairs).toEqual([{ kind: 'rekeyedIds', count: 3, message: '3 records had an unusable or repeated id and were given a new one' }])
    const allIds = [doc.map.stageIds, Object.keys(doc.stages), Object.keys(doc.cards), Object.keys(doc.steps)].flat()
    expect(allIds.every(isSafeId)).toBe(true)
    const first = doc.stages[doc.map.stageIds[0]!]
    expect(first).toMatchObject({ title: 'Before purchase', stepIds: ['step-discover', 'step-compare'] })
    expect(doc.steps['step-discover' as keyof typeof doc.steps]?.stageId).toBe(first?.id)
    const pricing = Object.values(doc.cards).find((c) => c.text === 'Pricing page with three plans')
    expect(Object.values(doc.links)[0]?.from).toBe(pricing?.id)
    expect(Object.values(doc.cards).filter((c) => c.text === 'a twin' || c.id === 'card-apple-pay')).toHaveLength(2)
    expect(doc.cards['card-apple-pay' as keyof typeof doc.cards]?.text).toBe('Pays with one tap')
  })

  it('re-keys an unsafe map id without calling its own records foreign', () => {
    const { doc, repairs } = load((d) => {
      const bad = 'map id\u0000'
      d.map.id = bad
      for (const table of ['stages', 'steps', 'lanes', 'cards', 'links', 'emotions']) for (const r of d[table]) r.mapId = bad
    })
    expect(repairs).toEqual([expect.objectContaining({ kind: 'rekeyedIds', count: 1 })])
    expect(isSafeId(doc.map.id)).toBe(true)
    expect(Object.values(doc.cards).every((c) => c.mapId === doc.map.id)).toBe(true)
  })

  it('adopts records that name another map or workshop', () => {
    const { doc, repairs } = load((d) => {
      byId(d.cards, 'card-apple-pay').mapId = 'another-map'
      d.personas[0].workshopId = 'another-workshop'
      delete d.lanes[0].mapId
    })
    expect(repairs).toEqual([{ kind: 'adoptedRecords', count: 2, message: '2 records belonged to another map or workshop and were moved into this one' }])
    expect(doc.cards['card-apple-pay' as keyof typeof doc.cards]?.mapId).toBe(doc.map.id)
    expect(doc.lanes['lane-touchpoints' as keyof typeof doc.lanes]?.mapId).toBe(doc.map.id)
    expect(Object.values(doc.personas)[0]?.workshopId).toBe(doc.map.workshopId)
  })

  it('fills fields a hand-written file left out with their defaults', () => {
    const { doc, repairs } = load((d) => {
      d.cards.push({ id: 'bare', place: { kind: 'cell', laneId: 'lane-actions', stepId: 'step-discover' } })
    })
    expect(repairs).toEqual([])
    expect(doc.cards['bare' as keyof typeof doc.cards]).toMatchObject({
      text: '',
      sentiment: 'neutral',
      color: null,
      metrics: [],
      personaIds: [],
      jobId: null,
      place: { span: 1, rank: 0 },
    })
  })
})

describe('jobs shared across a workshop', () => {
  it('keeps a job’s steps that lie on another map of the workshop', () => {
    const { doc, repairs } = load((d) => {
      d.jobs[0].stepIds = [...d.jobs[0].stepIds, 'step-on-another-map']
    })
    expect(repairs).toEqual([])
    expect(Object.values(doc.jobs)[0]?.stepIds).toContain('step-on-another-map')
  })
})
