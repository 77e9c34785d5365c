// Generates the benchmark's maps with the app's own factories and proves each one loads through
// the app's own format path without a single repair, so the bench measures a map the app accepts
// as it is (a repaired map would be rewritten on open and time the healing, not the board).
import {
  createCard,
  createJob,
  createLane,
  createLink,
  createMap,
  createPersona,
  createStage,
  createStep,
  createWorkshop,
  emotionIdFor,
  emptyDoc,
  PERSONA_COLORS,
  STAGE_COLORS,
  type Card,
  type Channel,
  type Device,
  type EmotionPoint,
  type JourneyDoc,
  type Lane,
  type LaneKind,
  type Sentiment,
  type Stage,
  type Step,
  type Workshop,
} from '../src/domain'
import { cardLayout } from '../src/domain/layout'
import { CURRENT_FORMAT_VERSION, docToData, loadEnvelope, serializeDoc } from '../src/format'
import { cardColors, textDirection } from '../src/drawing/cardStyle'

// The app's own view math: the bench computes where each path's events take the view (and the
// view zoom to fit shows) exactly as the board does, whatever its zoom limits are.
export { fitViewport, panBy, wheelZoomFactor, zoomAround } from '../src/canvas/viewport'

/** What the board holds: a journey grid with cards in its cells, or the same number of free sticky notes and no grid. */
export type Scene = 'grid' | 'free'

/** Shapes of the generated maps: wide like real journeys, and deep enough that zoom-to-fit shows thousands of cards. */
const SHAPES: Record<number, { stages: number; stepsPerStage: number; cardLanes: number }> = {
  500: { stages: 5, stepsPerStage: 5, cardLanes: 7 },
  2000: { stages: 8, stepsPerStage: 8, cardLanes: 11 },
  10000: { stages: 12, stepsPerStage: 10, cardLanes: 27 },
}

const STAGE_TITLES = ['Awareness', 'Research', 'Pre-purchase nurturing', 'Purchase', 'Onboarding', 'First week', 'Support', 'Billing', 'Renewal', 'Loyalty']
const LANE_KINDS: readonly (readonly [LaneKind, string])[] = [
  ['touchpoints', 'Touchpoints'],
  ['actions', 'Customer actions'],
  ['thoughts', 'Thoughts and questions'],
  ['painPoints', 'Pain points'],
  ['opportunities', 'Opportunities'],
  ['channels', 'Channels'],
  ['backstage', 'Backstage'],
  ['metrics', 'Metrics'],
  ['tasks', 'Tasks'],
]
/** 2 to 5 cards per cell: lanes of different heights, as facilitators resize them. */
const LANE_HEIGHTS = [304, 232, 376, 304, 160, 232]

const SUBJECTS = ['Jenny', 'The customer', 'A returning buyer', 'Ayşe', 'Kari', 'The prospect', 'Parisa', 'A first-time visitor']
const ACTIONS = [
  'checks the weather in the app on her phone',
  'opens the website on a laptop between work calls',
  'sees an Instagram ad for the cyclists’ newsletter',
  'signs up through the embedded form',
  'reads a blog post about a snow storm before sleeping',
  'calls support about a double charge on the invoice',
  'compares three plans on the pricing page',
  'waits 12 minutes in the live chat queue',
  'gets a thank-you card with the first order',
  'fills in the product feedback survey',
  'asks a friend what they would recommend',
  'abandons the cart when shipping costs appear',
]
const FRAGMENTS = [
  'Billing',
  'Upsell email',
  'Point of sale',
  'Word of mouth',
  'Self-service help centre',
  'Subscription renewal reminder',
  'Sosyal medya reklamı',
  'Satış noktası',
  'Müşteri desteği çok yavaş',
  'Kundeanmeldelser på nettsiden',
  'Takkekort etter kjøpet',
  'Fakturering via e-post',
  'رسانه‌های اجتماعی',
  'تبلیغات آنلاین در اینستاگرام',
  'نظرسنجی بازخورد محصول',
]
const AFTERTHOUGHTS = [
  'Where did you first hear about us?',
  'The mobile site did not load on the train, so she tried again at home.',
  'Vague information about delivery times makes people hesitate.',
  'The salesperson was too pushy; this is a friction point we keep hearing about in interviews.',
  'Owner: customer success. Deadline before the spring campaign.',
]
const SENTIMENT_MIX: readonly Sentiment[] = ['neutral', 'neutral', 'positive', 'positive', 'friction', 'decision']
const CHANNELS: readonly Channel[] = ['email', 'phone', 'liveChat', 'socialMedia', 'webPage', 'liveVideo', 'inPerson', 'postalMail']
const DEVICES: readonly Device[] = ['mobile', 'laptop', 'tablet', 'inStore']
const TEAMS = ['Marketing', 'Sales', 'Customer service', 'Product', 'Finance']

/** A small seeded generator so every run measures the same map. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function cardText(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const roll = rand()
  if (roll < 0.3) return pick(FRAGMENTS)
  if (roll < 0.75) return `${pick(SUBJECTS)} ${pick(ACTIONS)}`
  return `${pick(SUBJECTS)} ${pick(ACTIONS)}. ${pick(AFTERTHOUGHTS)}`
}

export interface BenchCard {
  readonly id: string
  /** Lane and step indexes for a card in a cell; null for a free note. */
  readonly cell: { readonly lane: number; readonly step: number } | null
  /** Board pixels at 100% zoom, from the app's own layout. */
  readonly rect: { x: number; y: number; width: number; height: number }
  readonly fill: string
  /** What the reference scene draws for the same card: border and text colour, text and its direction. */
  readonly edge: string
  readonly textColor: string
  readonly text: string
  readonly rtl: boolean
}

export interface BenchFixture {
  readonly cards: number
  readonly scene: Scene
  readonly workshop: Workshop
  readonly mapId: string
  /** Rows by IndexedDB table, exactly as the app's repositories store them. */
  readonly tables: Record<string, unknown[]>
  /** Every drawn card's rect and colour, for the pixel checks, the drag and the reference scene. */
  readonly drawn: readonly BenchCard[]
  readonly bounds: { x: number; y: number; width: number; height: number }
  /** Columns (chronological) and rows (top to bottom) of the grid, so the drag can aim at a cell; empty for free notes. */
  readonly columns: readonly { readonly stepId: string; readonly x: number; readonly width: number }[]
  readonly rows: readonly { readonly laneId: string; readonly y: number; readonly height: number }[]
}

type Rand = () => number
type Made = { cards: Card[]; links: ReturnType<typeof createLink>[] }

/** Stages, steps and lanes of a map of this size: the grid scene's skeleton, and the area the free scene spreads over. */
function skeleton(mapId: JourneyDoc['map']['id'], cards: number) {
  const shape = SHAPES[cards]
  if (!shape) throw new Error(`No map shape for ${cards} cards; known: ${Object.keys(SHAPES).join(', ')}`)
  const stages: Stage[] = []
  const steps: Step[] = []
  for (let s = 0; s < shape.stages; s++) {
    const stage = createStage(mapId, STAGE_TITLES[s % STAGE_TITLES.length] as string, STAGE_COLORS[s % STAGE_COLORS.length])
    const own = Array.from({ length: shape.stepsPerStage }, (_, i) => createStep(mapId, stage.id, `Step ${s * shape.stepsPerStage + i + 1}`))
    stages.push({ ...stage, stepIds: own.map((x) => x.id) })
    steps.push(...own)
  }
  const lanes: Lane[] = [createLane(mapId, 'emotions', 'Feels vs intended', 200)]
  for (let l = 0; l < shape.cardLanes; l++) {
    const [kind, title] = LANE_KINDS[l % LANE_KINDS.length] as readonly [LaneKind, string]
    const round = Math.floor(l / LANE_KINDS.length)
    lanes.push(createLane(mapId, kind, round ? `${title} ${round + 1}` : title, LANE_HEIGHTS[l % LANE_HEIGHTS.length]))
  }
  return { stages, steps, lanes }
}

function withGrid(doc: JourneyDoc, grid: ReturnType<typeof skeleton>): JourneyDoc {
  return {
    ...doc,
    map: { ...doc.map, stageIds: grid.stages.map((s) => s.id), laneIds: grid.lanes.map((l) => l.id) },
    stages: Object.fromEntries(grid.stages.map((s) => [s.id, s])),
    steps: Object.fromEntries(grid.steps.map((s) => [s.id, s])),
    lanes: Object.fromEntries(grid.lanes.map((l) => [l.id, l])),
  }
}

/** Cards in the grid's cells (2 to 5 a cell, a few spanning two steps), 1% free notes under it, links, an emotion curve. */
function gridScene(base: JourneyDoc, cards: number, rand: Rand): JourneyDoc {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const grid = skeleton(base.map.id, cards)
  const { steps, lanes } = grid
  let doc = withGrid(base, grid)
  // Every free slot of every cell, shuffled; the first `cards` of them get a card. A few cards
  // span two steps and a few are free notes under the grid, as on a real board.
  const slots: { laneIndex: number; stepIndex: number; rank: number }[] = []
  lanes.slice(1).forEach((lane, laneIndex) => {
    const fits = Math.floor((lane.height - 20 + 8) / 72)
    for (let stepIndex = 0; stepIndex < steps.length; stepIndex++) for (let rank = 0; rank < fits; rank++) slots.push({ laneIndex: laneIndex + 1, stepIndex, rank })
  })
  const freeCount = Math.round(cards * 0.01)
  if (slots.length < cards - freeCount) throw new Error(`The ${cards}-card shape has only ${slots.length} slots`)
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[slots[i], slots[j]] = [slots[j] as (typeof slots)[number], slots[i] as (typeof slots)[number]]
  }
  const made: Card[] = []
  for (const slot of slots.slice(0, cards - freeCount)) {
    const lane = lanes[slot.laneIndex] as Lane
    const step = steps[slot.stepIndex] as Step
    const touchpoint = lane.kind === 'touchpoints' || lane.kind === 'channels'
    const span = rand() < 0.03 && slot.stepIndex < steps.length - 1 ? 2 : 1
    made.push(
      createCard(doc.map.id, { kind: 'cell', laneId: lane.id, stepId: step.id, span, rank: slot.rank }, {
        text: cardText(rand),
        sentiment: pick(SENTIMENT_MIX),
        channel: touchpoint ? pick(CHANNELS) : null,
        device: touchpoint ? pick(DEVICES) : null,
        action: touchpoint ? pick(ACTIONS) : '',
        team: touchpoint ? pick(TEAMS) : '',
        metrics: lane.kind === 'metrics' ? [{ name: 'Time on page', value: `${Math.round(rand() * 300)} s` }] : [],
      }),
    )
  }
  const gridHeight = cardLayout(doc).grid.height
  for (let i = 0; i < freeCount; i++) {
    made.push(createCard(doc.map.id, { kind: 'free', x: 240 + (i % 40) * 240, y: gridHeight + 60 + Math.floor(i / 40) * 100, width: 200, height: 64 }, { text: cardText(rand), sentiment: pick(SENTIMENT_MIX) }))
  }
  // Links join a card to one in the next step of its lane, as a facilitator draws "leads to".
  const byCell = new Map<string, Card>()
  for (const card of made) if (card.place.kind === 'cell') byCell.set(`${card.place.laneId}:${card.place.stepId}`, card)
  const nextStep = new Map(steps.slice(0, -1).map((step, i) => [step.id as string, (steps[i + 1] as Step).id as string]))
  const links = []
  for (const card of made) {
    if (links.length >= Math.round(cards / 50)) break
    if (card.place.kind !== 'cell' || rand() > 0.1) continue
    const next = byCell.get(`${card.place.laneId}:${nextStep.get(card.place.stepId)}`)
    if (next) links.push(createLink(doc.map.id, card.id, next.id, links.length % 3 ? '' : 'leads to'))
  }
  const emotions: EmotionPoint[] = steps.map((step) => ({
    id: emotionIdFor(step.id, null),
    mapId: doc.map.id,
    stepId: step.id,
    personaId: null,
    felt: Math.round(rand() * 4) - 2,
    intended: Math.min(2, Math.round(rand() * 2) + 1),
  }))
  const job = { ...createJob(doc.map.workshopId, 'I am planning a ride', 'know if it will be windy', 'dress right'), stepIds: [steps[0]?.id as Step['id']] }
  doc = { ...doc, jobs: { [job.id]: job }, emotions: Object.fromEntries(emotions.map((e) => [e.id, e])) }
  return withCards(doc, { cards: made, links })
}

/**
 * The same number of cards as free sticky notes and no grid at all, spread over the area the grid
 * scene of that size covers: one note per cell of a lattice, nudged inside its cell so notes never
 * overlap (a sampled pixel then belongs to one note). One note in 50 links to its right neighbour.
 */
function freeScene(base: JourneyDoc, cards: number, rand: Rand): JourneyDoc {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  const area = cardLayout(withGrid(base, skeleton(base.map.id, cards))).grid
  const cellWidth = Math.sqrt((2 * area.width * area.height) / cards)
  const cellHeight = cellWidth / 2
  const columns = Math.max(1, Math.floor(area.width / cellWidth))
  const made: Card[] = []
  for (let i = 0; i < cards; i++) {
    const width = Math.round(cellWidth * (0.7 + rand() * 0.12))
    const height = Math.round(cellHeight * (0.62 + rand() * 0.12))
    const x = Math.round((i % columns) * cellWidth + rand() * (cellWidth - width - 4))
    const y = Math.round(Math.floor(i / columns) * cellHeight + rand() * (cellHeight - height - 4))
    made.push(createCard(base.map.id, { kind: 'free', x, y, width, height }, { text: cardText(rand), sentiment: pick(SENTIMENT_MIX) }))
  }
  const links = []
  for (let i = 0; i + 1 < made.length && links.length < Math.round(cards / 50); i++) {
    if ((i + 1) % columns === 0 || rand() > 0.1) continue
    links.push(createLink(base.map.id, (made[i] as Card).id, (made[i + 1] as Card).id, links.length % 3 ? '' : 'leads to'))
  }
  return withCards(base, { cards: made, links })
}

function withCards(doc: JourneyDoc, made: Made): JourneyDoc {
  return { ...doc, cards: Object.fromEntries(made.cards.map((c) => [c.id, c])), links: Object.fromEntries(made.links.map((l) => [l.id, l])) }
}

export function buildFixture(cards: number, scene: Scene = 'grid', seed = 20260314): BenchFixture {
  if (!SHAPES[cards]) throw new Error(`No map shape for ${cards} cards; known: ${Object.keys(SHAPES).join(', ')}`)
  const rand = random(seed + cards + (scene === 'free' ? 7 : 0))
  const now = Date.UTC(2026, 2, 14)
  const workshop = createWorkshop({ title: `Benchmark: ${cards} cards (${scene})`, date: '2026-03-14', facilitator: 'Bench' }, now)
  const map = createMap(workshop.id, `${cards.toLocaleString('en')} ${scene === 'grid' ? 'touchpoints' : 'sticky notes'}`, now)
  const personas = [createPersona(workshop.id, 'Jenny', PERSONA_COLORS[0]), createPersona(workshop.id, 'Ahmet', PERSONA_COLORS[1])]
  const base: JourneyDoc = {
    ...emptyDoc({ ...map, personaIds: personas.map((p) => p.id) }),
    personas: Object.fromEntries(personas.map((p) => [p.id, p])),
  }
  const doc = scene === 'grid' ? gridScene(base, cards, rand) : freeScene(base, cards, rand)

  const loaded = loadEnvelope(JSON.parse(JSON.stringify(serializeDoc(doc, { name: 'Journeyboard', version: 'bench' }))))
  if (!loaded.ok) throw new Error(`The generated ${cards}-card ${scene} map does not load: ${JSON.stringify(loaded.error)}`)
  if (loaded.value.repairs.length > 0) throw new Error(`The generated ${cards}-card ${scene} map needed repairs: ${loaded.value.repairs.map((r) => r.message).join('; ')}`)

  const data = docToData(doc)
  const layout = cardLayout(doc)
  const stepIndex = new Map(layout.grid.columns.map((c) => [c.stepId as string, c.index]))
  const laneIndex = new Map(layout.grid.rows.map((r) => [r.laneId as string, r.index]))
  const drawn = layout.order.map((id): BenchCard => {
    const card = doc.cards[id] as Card
    const cell = card.place.kind === 'cell' ? { lane: laneIndex.get(card.place.laneId) ?? -1, step: stepIndex.get(card.place.stepId) ?? -1 } : null
    const colors = cardColors(card)
    const rtl = textDirection(card.text, doc.map.direction).direction === 'rtl'
    return { id, cell, rect: layout.rects.get(id) as BenchCard['rect'], fill: colors.fill, edge: colors.edge, textColor: colors.text, text: card.text, rtl }
  })
  return {
    cards,
    scene,
    workshop,
    mapId: map.id,
    tables: {
      // As the app stores a workshop: its people rows are at the current format version.
      workshops: [{ ...workshop, peopleFormatVersion: CURRENT_FORMAT_VERSION }],
      maps: [{ ...data.map, formatVersion: CURRENT_FORMAT_VERSION }],
      stages: [...data.stages],
      steps: [...data.steps],
      lanes: [...data.lanes],
      cards: [...data.cards],
      links: [...data.links],
      emotions: [...data.emotions],
      personas: [...data.personas],
      jobs: [...data.jobs],
    },
    drawn,
    bounds: layout.bounds,
    columns: layout.grid.columns.map((c) => ({ stepId: c.stepId, x: c.x, width: c.width })),
    rows: layout.grid.rows.map((r) => ({ laneId: r.laneId, y: r.y, height: r.height })),
  }
}

/** The app's layout of a fixture's map as measured in the browser (bench/reference/layout.ts). */
export interface MeasuredLayout {
  readonly rects: readonly (readonly [string, BenchCard['rect']])[]
  readonly bounds: BenchFixture['bounds']
  readonly columns: BenchFixture['columns']
  readonly rows: BenchFixture['rows']
}

/**
 * The fixture with the rects, bounds and grid the board really draws: cards that fit their text
 * grow, and their lanes with them, which only the browser can measure. The rows it stores are the same.
 */
export function withLayout(fixture: BenchFixture, layout: MeasuredLayout): BenchFixture {
  const rects = new Map(layout.rects)
  const drawn = fixture.drawn.map((card) => {
    const rect = rects.get(card.id)
    if (!rect) throw new Error(`the browser's layout has no rect for card ${card.id}`)
    return { ...card, rect }
  })
  return { ...fixture, drawn, bounds: layout.bounds, columns: layout.columns, rows: layout.rows }
}
