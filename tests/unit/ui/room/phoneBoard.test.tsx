import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, newId, type Card, type CardId, type JourneyDoc, type WorkshopId } from '../../../../src/domain'
import { appStore, loadDoc } from '../../../../src/store'
import { PhoneBoard } from '../../../../src/ui/room/PhoneBoard'
import { cardsAtStep, journeySteps } from '../../../../src/ui/room/phoneModel'
import { useDom } from '../../support/renderDom'
import { button, buttons, click, type } from './roomFixtures'
import { isolated } from '../../../../src/i18n/isolated'
import { unmarked } from '../../support/unmarked'

const dom = useDom(() => loadDoc(appStore, null))

function starter(direction: 'ltr' | 'rtl' = 'ltr'): JourneyDoc {
  const map = { ...createMap(newId<WorkshopId>(), 'Buying a bike'), direction }
  return createStarterDoc(map, {
    stages: ['Discover', 'Buy'],
    step: (n) => `Step ${n}`,
    lanes: [
      ['touchpoints', 'Touchpoints'],
      ['emotions', 'Emotions'],
      ['painPoints', 'Pain points'],
    ],
  })
}

function ids(doc: JourneyDoc) {
  const steps = journeySteps(doc).map((e) => e.step.id)
  const [touchpoints, emotions, painPoints] = doc.map.laneIds
  return { steps, touchpoints: touchpoints!, emotions: emotions!, painPoints: painPoints! }
}

/** A doc with one card of mine and one of someone else's at step 1 on the touchpoints lane. */
function setup({ readOnly = false, direction = 'ltr' as 'ltr' | 'rtl', extra = (d: JourneyDoc) => d } = {}) {
  const base = starter(direction)
  const { steps, touchpoints } = ids(base)
  const at = (stepId: (typeof steps)[number], rank: number) => ({ kind: 'cell' as const, laneId: touchpoints, stepId, span: 1, rank })
  const mine = createCard(base.map.id, at(steps[0]!, 0), { text: 'Sees an ad on the bus', sentiment: 'positive' })
  const theirs = createCard(base.map.id, at(steps[0]!, 1), { text: 'Asks a friend', sentiment: 'decision' })
  const doc = extra(applyCommand(base, { type: 'addCards', cards: [mine, theirs] }))
  loadDoc(appStore, doc)
  const owned = new Set<CardId>([mine.id])
  const onCardAdded = vi.fn((id: CardId) => owned.add(id))
  dom.render(<PhoneBoard readOnly={readOnly} isMine={(id) => owned.has(id)} onCardAdded={onCardAdded} />)
  return { mine, theirs, owned, onCardAdded, ...ids(doc) }
}

const current = () => appStore.getState().doc!
const stepTitle = () => dom.host.querySelector('.room-step-current h2')?.textContent
const lane = (title: string) => [...dom.host.querySelectorAll<HTMLElement>('.room-lane')].find((l) => l.querySelector('h3')?.textContent === title)!
const tiles = (title: string) => [...lane(title).querySelectorAll('.room-tile-text')].map((t) => t.textContent)
const sheet = () => dom.host.querySelector<HTMLDialogElement>('dialog.room-sheet')

describe('the phone board', () => {
  it('shows the first step with every lane and its cards', () => {
    setup()
    expect(stepTitle()).toBe('Step 1')
    expect(dom.host.textContent).toContain('Step 1 of 4')
    expect([...dom.host.querySelectorAll('.room-lane h3')].map((h) => h.textContent)).toEqual(['Touchpoints', 'Emotions', 'Pain points'])
    expect(tiles('Touchpoints')).toEqual(['Sees an ad on the bus', 'Asks a friend'])
    expect(tiles('Pain points')).toEqual([])
  })

  it('moves between steps with previous/next, the stage strip and the step list', () => {
    setup()
    expect(button(dom.host, 'Previous step').disabled).toBe(true)
    click(button(dom.host, 'Next step'))
    expect(stepTitle()).toBe('Step 2')
    expect(tiles('Touchpoints')).toEqual([])
    click(button(dom.host, 'Buy'))
    expect(stepTitle()).toBe('Step 3')
    expect([...dom.host.querySelectorAll('.room-step-list button')].map((b) => b.textContent)).toEqual(['Step 3', 'Step 4'])
    click(button(dom.host, 'Step 4'))
    expect(stepTitle()).toBe('Step 4')
    expect(button(dom.host, 'Next step').disabled).toBe(true)
    click(button(dom.host, 'Previous step'))
    expect(stepTitle()).toBe('Step 3')
  })

  it('adds a card to the chosen step and lane with its sentiment', () => {
    const { steps, painPoints, onCardAdded } = setup()
    click(button(dom.host, 'Buy'))
    click(button(dom.host, 'Add a card to Pain points'))
    expect(sheet()?.textContent).toContain(`${isolated('Step 3')} · ${isolated('Pain points')}`)
    expect(button(sheet()!, 'Save').disabled).toBe(true)
    type(sheet()!.querySelector('textarea')!, 'The shop closes at five')
    click(button(sheet()!, 'Friction point'))
    click(button(sheet()!, 'Save'))

    const added = Object.values(current().cards).filter((c) => c.text === 'The shop closes at five')
    expect(added).toHaveLength(1)
    const card = added[0] as Card
    expect(card.place).toMatchObject({ kind: 'cell', laneId: painPoints, stepId: steps[2], span: 1 })
    expect(card.sentiment).toBe('friction')
    expect(onCardAdded).toHaveBeenCalledWith(card.id)
    expect(sheet()).toBeNull()
    expect(tiles('Pain points')).toEqual(['The shop closes at five'])
  })

  it('leaves the map alone when adding is cancelled', () => {
    setup()
    const before = current()
    click(button(dom.host, 'Add a card to Touchpoints'))
    type(sheet()!.querySelector('textarea')!, 'Never mind')
    click(button(sheet()!, 'Cancel'))
    expect(current()).toBe(before)
  })

  it('edits the text and sentiment of my own card', () => {
    const { mine } = setup()
    click(button(dom.host, 'Edit your card: Sees an ad on the bus'))
    const text = sheet()!.querySelector('textarea')!
    expect(text.value).toBe('Sees an ad on the bus')
    type(text, 'Sees an ad on the tram')
    click(button(sheet()!, 'Neutral'))
    click(button(sheet()!, 'Save'))
    expect(current().cards[mine.id]).toMatchObject({ text: 'Sees an ad on the tram', sentiment: 'neutral' })
  })

  it('deletes my own card after asking once more', () => {
    const { mine } = setup()
    click(button(dom.host, 'Edit your card: Sees an ad on the bus'))
    click(button(sheet()!, 'Delete'))
    expect(sheet()?.textContent).toContain('Delete this card?')
    expect(current().cards[mine.id]).toBeDefined()
    click(button(sheet()!, 'Delete card'))
    expect(current().cards[mine.id]).toBeUndefined()
    expect(tiles('Touchpoints')).toEqual(['Asks a friend'])
  })

  it('does not offer to edit or delete someone else’s card', () => {
    setup()
    const theirs = [...lane('Touchpoints').querySelectorAll('.room-tile')].find((t) => t.textContent?.includes('Asks a friend'))!
    expect(theirs.tagName).toBe('DIV')
    expect(buttons(dom.host, 'Edit your card: Asks a friend')).toEqual([])
    click(theirs)
    expect(sheet()).toBeNull()
  })

  it('closes the edit sheet when the card stops being mine or is deleted by someone else', () => {
    const { mine, theirs, owned } = setup()
    owned.add(theirs.id)
    act(() => appStore.getState().dispatch({ type: 'renameMap', title: 'Owners changed' }))
    click(button(dom.host, 'Edit your card: Asks a friend'))
    owned.delete(theirs.id)
    act(() => appStore.getState().dispatch({ type: 'renameMap', title: 'Owners changed again' }))
    expect(sheet()).toBeNull()

    click(button(dom.host, 'Edit your card: Sees an ad on the bus'))
    act(() => appStore.getState().dispatch({ type: 'deleteCards', cardIds: [mine.id] }))
    expect(sheet()).toBeNull()
  })

  it('sets the felt score of the chosen step on the emotions lane', () => {
    const { steps } = setup()
    click(button(dom.host, 'Next step'))
    expect(lane('Emotions').textContent).toContain('Not scored yet')
    click(button(lane('Emotions'), 'Positive (+1)'))
    const points = Object.values(current().emotions)
    expect(points).toEqual([expect.objectContaining({ stepId: steps[1], personaId: null, felt: 1 })])
    expect(unmarked(lane('Emotions').querySelector('.room-emotion-now strong')?.textContent)).toBe('Positive (+1)')
    expect(button(lane('Emotions'), 'Positive (+1)').getAttribute('aria-pressed')).toBe('true')
    click(button(lane('Emotions'), 'Very negative (-2)'))
    expect(Object.values(current().emotions)).toEqual([expect.objectContaining({ stepId: steps[1], felt: -2 })])
  })

  it('scores each persona’s curve when several personas are on the map', () => {
    const ana = createPersona(newId<WorkshopId>(), 'Ana')
    const bo = createPersona(ana.workshopId, 'Bo')
    const { steps } = setup({ extra: (d) => applyCommand(applyCommand(d, { type: 'addPersona', persona: ana, onMap: true }), { type: 'addPersona', persona: bo, onMap: true }) })
    const bos = [...lane('Emotions').querySelectorAll('[role="group"]')].find((g) => g.getAttribute('aria-label') === `${isolated('Bo')} feels:`)!
    click(button(bos, 'Negative (-1)'))
    expect(Object.values(current().emotions)).toEqual([expect.objectContaining({ stepId: steps[0], personaId: bo.id, felt: -1 })])
  })

  it('is read-only when told: nothing to add, edit or score', () => {
    const { mine } = setup({ readOnly: true })
    const before = current()
    expect(dom.host.textContent).toContain('View only')
    expect(buttons(dom.host, 'Add a card to Touchpoints')).toEqual([])
    expect(buttons(dom.host, 'Edit your card: Sees an ad on the bus')).toEqual([])
    expect(lane('Emotions').querySelectorAll('button')).toHaveLength(0)
    expect(tiles('Touchpoints')).toContain(mine.text)
    expect(current()).toBe(before)
  })

  it('lays a right-to-left map out from the right', () => {
    setup({ direction: 'rtl' })
    expect(dom.host.querySelector('.room-stage-strip')?.getAttribute('dir')).toBe('rtl')
    expect(dom.host.querySelector('.room-step-nav')?.getAttribute('dir')).toBe('rtl')
    // Previous points right in a right-to-left map.
    expect(button(dom.host, 'Previous step').querySelector('svg')?.getAttribute('class')).toContain('chevron-right')
  })

  it('follows a step deleted by someone else back to the start', () => {
    const { steps } = setup()
    click(button(dom.host, 'Step 2'))
    act(() => appStore.getState().dispatch({ type: 'deleteStep', stepId: steps[1]! }))
    expect(stepTitle()).toBe('Step 1')
  })
})

describe('cards at a step', () => {
  it('includes a card stretching in from an earlier step, above the cell’s own cards', () => {
    const doc = starter()
    const { steps, touchpoints } = ids(doc)
    const wide = createCard(doc.map.id, { kind: 'cell', laneId: touchpoints, stepId: steps[0]!, span: 2, rank: 5 }, { text: 'wide' })
    const own = createCard(doc.map.id, { kind: 'cell', laneId: touchpoints, stepId: steps[1]!, span: 1, rank: 0 }, { text: 'own' })
    const withCards = applyCommand(doc, { type: 'addCards', cards: [own, wide] })
    const entries = journeySteps(withCards)
    expect(cardsAtStep(withCards, entries, touchpoints, steps[1]!).map((c) => c.text)).toEqual(['wide', 'own'])
    expect(cardsAtStep(withCards, entries, touchpoints, steps[2]!).map((c) => c.text)).toEqual([])
  })
})
