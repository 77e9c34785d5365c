// The "small but costly" files of issue 10, written as raw file text (not with the app's
// factories): each one is what a hostile or careless exporter could send, valid enough to get
// past the byte limit and into the expensive part of the importer.

const APP = { name: 'costly-imports bench', version: '1' }

function envelope(document) {
  return JSON.stringify({ type: 'journeyboard', formatVersion: 1, app: APP, document })
}

/** A map record and one stage over `steps` steps: the skeleton every .journey file below shares. */
function skeleton(steps, laneIds = []) {
  const stepIds = Array.from({ length: steps }, (_, i) => `t${i}`)
  return {
    map: { id: 'm', workshopId: 'w', title: 'Costly', direction: 'ltr', stageIds: ['s0'], laneIds, personaIds: [], createdAt: 0, deletedAt: null },
    stages: [{ id: 's0', title: 'Stage', color: '#dbeafe', stepIds }],
    steps: stepIds.map((id) => ({ id, stageId: 's0', title: id })),
  }
}

/** 10,000 emotion lanes with the fewest fields the schema asks for (the file is 627 KB). */
export function emotionLanes(count = 10_000) {
  const laneIds = Array.from({ length: count }, (_, i) => `l${i}`)
  return envelope({ ...skeleton(1, laneIds), lanes: laneIds.map((id) => ({ id, kind: 'emotions', title: '', height: 120 })) })
}

/** Mermaid journey text with 9,999 sections of one task each. */
export function mermaidSections(count = 9_999) {
  const lines = ['journey', '  title Many sections']
  for (let i = 0; i < count; i++) lines.push(`  section Section ${i}`, `    Task ${i}: ${(i % 5) + 1}: Me`)
  return `${lines.join('\n')}\n`
}

/** `cardCount` cards spread over `steps` steps and `lanes` touchpoint lanes, in the schema's minimal form. */
function cardsDoc(cardCount, steps, lanes) {
  const laneIds = Array.from({ length: lanes }, (_, i) => `l${i}`)
  const cards = Array.from({ length: cardCount }, (_, i) => ({
    id: `c${i}`,
    place: { kind: 'cell', laneId: laneIds[i % lanes], stepId: `t${Math.floor(i / lanes) % steps}`, span: 1, rank: Math.floor(i / (lanes * steps)) },
    text: `Card ${i}`,
  }))
  return { ...skeleton(steps, laneIds), lanes: laneIds.map((id) => ({ id, kind: 'touchpoints', title: id })), cards }
}

/** 150,000 links between 500 cards (each card links to 300 others). */
export function manyLinks(count = 150_000, cardCount = 500) {
  const doc = cardsDoc(cardCount, 10, 5)
  const links = Array.from({ length: count }, (_, i) => {
    const from = i % cardCount
    const to = (from + 1 + Math.floor(i / cardCount)) % cardCount
    return { id: `k${i}`, from: `c${from}`, to: `c${to}`, label: '' }
  })
  return envelope({ ...doc, links })
}

/** 50,000 cards: 200 steps by 25 lanes, 10 cards a cell. */
export function manyCards(count = 50_000) {
  return envelope(cardsDoc(count, 200, 25))
}

/**
 * One card carrying an unknown field that is an object of 3.6 million keys. Written as text: the
 * object itself would cost the bench hundreds of MB. Only arrays are counted by today's limits.
 */
export function manyKeys(count = 3_600_000) {
  const base = envelope(cardsDoc(1, 1, 1))
  const keys = new Array(count)
  for (let i = 0; i < count; i++) keys[i] = `"${i.toString(36)}":0`
  const marker = '"text":"Card 0"'
  const at = base.indexOf(marker) + marker.length
  return `${base.slice(0, at)},"extra":{${keys.join(',')}}${base.slice(at)}`
}

/** The files in the order, with the name each is imported under. */
export const COSTLY_FILES = [
  { label: '10,000 emotion lanes', name: 'emotion-lanes.journey', make: emotionLanes },
  { label: '9,999 Mermaid sections', name: 'sections.mmd', make: mermaidSections },
  { label: '150,000 links', name: 'links.journey', make: manyLinks },
  { label: '50,000 cards', name: 'cards.journey', make: manyCards },
  { label: '3.6 million keys in one card', name: 'keys.journey', make: manyKeys },
]
