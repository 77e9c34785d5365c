import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, newId, type Card, type WorkshopId } from '../../../src/domain'
import { gridLayout } from '../../../src/domain/layout'
import { appStore, loadDoc, redo, undo } from '../../../src/store'
import { Inspector } from '../../../src/ui/inspector/Inspector'
import { personaState, shared, teamSuggestions, togglePersona } from '../../../src/ui/inspector/inspectorModel'
import { useDom } from '../support/renderDom'


const dom = useDom()

function setup() {
  const map = createMap(newId<WorkshopId>(), 'Inspector')
  const base = createStarterDoc(map, { stages: ['One'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
  const grid = gridLayout(base)
  const place = (step: number) => ({ kind: 'cell' as const, laneId: grid.rows[0]!.laneId, stepId: grid.columns[step]!.stepId, span: 1, rank: 0 })
  const ana = createPersona(map.workshopId, 'Ana')
  const a = createCard(map.id, place(0), { text: 'Reads the newsletter', sentiment: 'positive', team: 'Marketing', channel: 'email', personaIds: [ana.id] })
  const b = createCard(map.id, place(1), { text: 'Calls support', sentiment: 'friction', team: 'Marketing', channel: 'phone' })
  let doc = applyCommand(base, { type: 'addPersona', persona: ana, onMap: true })
  doc = applyCommand(doc, { type: 'addCards', cards: [a, b] })
  loadDoc(appStore, doc)
  dom.render(<Inspector />)
  return { a, b, ana }
}

function select(...cards: Card[]) {
  act(() => appStore.getState().select(cards.map((c) => c.id)))
}

function field<T extends HTMLElement>(label: string): T {
  const labelled = [...dom.host.querySelectorAll<HTMLElement>('[aria-label]')].find((el) => el.getAttribute('aria-label') === label)
  if (labelled) return labelled as T
  const forLabel = [...dom.host.querySelectorAll('label')].find((l) => l.textContent === label)
  const el = forLabel?.htmlFor ? dom.host.querySelector<T>(`#${CSS.escape(forLabel.htmlFor)}`) : null
  if (!el) throw new Error(`no field labelled ${label}`)
  return el
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

function pastSteps(): number {
  return appStore.temporal.getState().pastStates.length
}

describe('the inspector', () => {
  it('asks for a selection when nothing is selected', () => {
    setup()
    expect(dom.host.textContent).toContain('Select a card on the board')
  })

  it('shows one card\'s values', () => {
    const { a } = setup()
    select(a)
    expect(dom.host.textContent).toContain('1 card selected')
    expect(field<HTMLTextAreaElement>('Text').value).toBe('Reads the newsletter')
    expect(field<HTMLSelectElement>('Channel').value).toBe('email')
    expect(field<HTMLInputElement>('Owning team').value).toBe('Marketing')
    const positive = [...dom.host.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.checked)
    expect(positive?.value).toBe('positive')
  })

  it('says "Mixed" where the selected cards differ and shows what they share', () => {
    const { a, b } = setup()
    select(a, b)
    expect(dom.host.textContent).toContain('2 cards selected')
    const text = field<HTMLTextAreaElement>('Text')
    expect(text.value).toBe('')
    expect(text.placeholder).toBe('Mixed')
    const channel = field<HTMLSelectElement>('Channel')
    expect(channel.value).toBe('__mixed__')
    expect(channel.selectedOptions[0]?.textContent).toBe('Mixed')
    expect([...dom.host.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((r) => r.checked)).toBe(false)
    expect(dom.host.querySelector('fieldset legend')?.textContent).toContain('Mixed')
    expect(field<HTMLInputElement>('Owning team').value).toBe('Marketing')
  })

  it('applies an edit to every selected card as one undo step', () => {
    const { a, b } = setup()
    select(a, b)
    const before = pastSteps()
    choose(field<HTMLSelectElement>('Device'), 'mobile')
    const cards = () => appStore.getState().doc!.cards
    expect(cards()[a.id]!.device).toBe('mobile')
    expect(cards()[b.id]!.device).toBe('mobile')
    expect(pastSteps()).toBe(before + 1)
    expect(field<HTMLSelectElement>('Device').value).toBe('mobile')

    act(() => undo())
    expect(cards()[a.id]!.device).toBeNull()
    expect(cards()[b.id]!.device).toBeNull()
    act(() => redo())
    expect(cards()[b.id]!.device).toBe('mobile')
  })

  it('sets the sentiment of both cards with one click', () => {
    const { a, b } = setup()
    select(a, b)
    const decision = [...dom.host.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === 'decision')!
    act(() => decision.click())
    const cards = appStore.getState().doc!.cards
    expect([cards[a.id]!.sentiment, cards[b.id]!.sentiment]).toEqual(['decision', 'decision'])
  })

  it('commits typed text when the field is left, not on every key', () => {
    const { a } = setup()
    select(a)
    const text = field<HTMLTextAreaElement>('Text')
    const before = pastSteps()
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!
    act(() => {
      text.focus()
      setter.call(text, 'Reads the weekly newsletter')
      text.dispatchEvent(new Event('input', { bubbles: true }))
    })
    expect(appStore.getState().doc!.cards[a.id]!.text).toBe('Reads the newsletter')
    act(() => text.blur())
    expect(appStore.getState().doc!.cards[a.id]!.text).toBe('Reads the weekly newsletter')
    expect(pastSteps()).toBe(before + 1)
  })

  it('offers the map\'s teams in the team field once it has focus, with a team added since', () => {
    const { a, b } = setup()
    select(a)
    act(() => appStore.getState().dispatch({ type: 'updateCards', cardIds: [b.id], patch: { team: 'Support desk' } }))
    const team = field<HTMLInputElement>('Owning team')
    const options = () => [...dom.host.querySelectorAll(`#${CSS.escape(team.getAttribute('list') ?? '')} option`)].map((o) => o.getAttribute('value'))
    act(() => team.focus())
    expect(options().slice(0, 2)).toEqual(['Marketing', 'Support desk'])
    expect(options()).toContain('Sales')
  })

  it('adds and removes metrics', () => {
    const { a } = setup()
    select(a)
    const add = [...dom.host.querySelectorAll('button')].find((btn) => btn.textContent?.includes('Add metric'))!
    act(() => add.click())
    expect(appStore.getState().doc!.cards[a.id]!.metrics).toEqual([{ name: '', value: '' }])
    act(() => field<HTMLButtonElement>('Remove metric 1').click())
    expect(appStore.getState().doc!.cards[a.id]!.metrics).toEqual([])
  })

  it('ticks a persona on cards that differ, keeping each card\'s others, as one undo step', () => {
    const { a, b, ana } = setup()
    select(a, b)
    const box = dom.host.querySelector<HTMLInputElement>('input[type=checkbox]')!
    expect(box.indeterminate).toBe(true)
    const before = pastSteps()
    act(() => box.click())
    const cards = () => appStore.getState().doc!.cards
    expect(cards()[a.id]!.personaIds).toEqual([ana.id])
    expect(cards()[b.id]!.personaIds).toEqual([ana.id])
    expect(pastSteps()).toBe(before + 1)
    act(() => undo())
    expect(cards()[b.id]!.personaIds).toEqual([])
  })
})

describe('inspector logic', () => {
  const map = createMap(newId<WorkshopId>(), 'Logic')
  const place = { kind: 'free' as const, x: 0, y: 0, width: 10, height: 10 }
  const cards = [createCard(map.id, place, { team: 'Sales' }), createCard(map.id, place, { team: 'Sales' }), createCard(map.id, place, { team: 'Support desk' })]

  it('finds the shared value or says mixed', () => {
    expect(shared(cards.slice(0, 2), (c) => c.team)).toEqual({ mixed: false, value: 'Sales' })
    expect(shared(cards, (c) => c.team)).toEqual({ mixed: true })
    expect(shared([], (c) => c.team)).toEqual({ mixed: true })
  })

  it('suggests the map\'s teams, most used first, then the usual departments not already there', () => {
    const records = Object.fromEntries(cards.map((c) => [c.id, c]))
    expect(teamSuggestions({ cards: records }, ['Marketing', 'sales', 'Customer service'])).toEqual(['Sales', 'Support desk', 'Marketing', 'Customer service'])
  })

  it('toggles a persona only where it changes something', () => {
    const ana = createPersona(map.workshopId, 'Ana')
    const tagged = [createCard(map.id, place, { personaIds: [ana.id] }), createCard(map.id, place)]
    expect(personaState(tagged, ana.id)).toBe('some')
    expect(togglePersona(tagged, ana.id, true)).toEqual({ type: 'updateCards', cardIds: [tagged[1]!.id], patch: { personaIds: [ana.id] } })
    expect(togglePersona(tagged.slice(1), ana.id, false)).toBeNull()
  })
})
