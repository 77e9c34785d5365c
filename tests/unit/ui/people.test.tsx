import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { applyCommand, createJob, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../src/domain'
import { isDimmedByFocus } from '../../../src/canvas/CardNode'
import { appStore, loadDoc, redo, undo } from '../../../src/store'
import { JobsPanel } from '../../../src/ui/people/JobsPanel'
import { MapPeopleBar } from '../../../src/ui/people/MapPeopleBar'
import { PersonaList } from '../../../src/ui/people/PersonaList'
import { fitWithin, initials } from '../../../src/ui/people/photo'
import { useDom } from '../support/renderDom'
import { isolated } from '../../../src/i18n/isolated'


const dom = useDom(() => appStore.getState().setFocusPersona(null))

function starter(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'People')
  return createStarterDoc(map, { stages: ['Before', 'After'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
}

function render(node: React.ReactNode, doc: JourneyDoc) {
  loadDoc(appStore, doc)
  return dom.render(node)
}

const button = (label: string) => dom.host.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`) ?? [...dom.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!

describe('the persona list', () => {
  it('creates a persona on the map, duplicates it and deletes it, each one undoable command', () => {
    const onEdit = vi.fn()
    render(<PersonaList onEdit={onEdit} />, starter())
    act(() => button('New persona').click())
    const doc = appStore.getState().doc!
    const [persona] = Object.values(doc.personas)
    expect(persona?.name).toBe('Persona 1')
    expect(doc.map.personaIds).toEqual([persona!.id])
    expect(onEdit).toHaveBeenCalledWith(persona!.id)

    act(() => button(`Duplicate ${isolated('Persona 1')}`).click())
    expect(Object.values(appStore.getState().doc!.personas).map((p) => p.name).sort()).toEqual(['Persona 1', 'Persona 1 (copy)'])
    act(() => undo(appStore))
    expect(Object.keys(appStore.getState().doc!.personas)).toHaveLength(1)
    act(() => redo(appStore))
    expect(Object.keys(appStore.getState().doc!.personas)).toHaveLength(2)

    // happy-dom has no confirm(); the person answers yes.
    vi.stubGlobal('confirm', () => true)
    act(() => button(`Delete ${isolated('Persona 1 (copy)')}`).click())
    vi.unstubAllGlobals()
    expect(Object.values(appStore.getState().doc!.personas).map((p) => p.name)).toEqual(['Persona 1'])
  })

  it('takes a persona off the map header and puts it back', () => {
    const base = starter()
    const ana = createPersona(base.map.workshopId, 'Ana')
    render(<PersonaList onEdit={() => {}} />, applyCommand(base, { type: 'addPersona', persona: ana, onMap: true }))
    const box = dom.host.querySelector<HTMLInputElement>(`input[aria-label="Show ${isolated('Ana')} on this map"]`)!
    expect(box.checked).toBe(true)
    act(() => box.click())
    expect(appStore.getState().doc!.map.personaIds).toEqual([])
    act(() => box.click())
    expect(appStore.getState().doc!.map.personaIds).toEqual([ana.id])
  })
})

describe('the persona header and focus', () => {
  it('shows the map personas as chips and focuses the board on one', () => {
    const base = starter()
    const ana = createPersona(base.map.workshopId, 'Ana Lima')
    const bo = createPersona(base.map.workshopId, 'Bo')
    const doc = applyCommand(applyCommand(base, { type: 'addPersona', persona: ana, onMap: true }), { type: 'addPersona', persona: bo })
    render(<MapPeopleBar />, doc)
    expect([...dom.host.querySelectorAll('.persona-chip')].map((c) => c.textContent)).toEqual(['ALAna Lima'])
    const select = dom.host.querySelector('select')!
    act(() => {
      select.value = bo.id
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(appStore.getState().focusPersonaId).toBe(bo.id)
    expect(dom.host.textContent).toContain(`Focused on ${isolated('Bo')}: other personas' cards are dimmed`)
    // Deleting the focused persona drops the focus rather than dimming every tagged card.
    act(() => appStore.getState().dispatch({ type: 'deletePersona', personaId: bo.id }))
    expect(appStore.getState().focusPersonaId).toBeNull()
  })

  it('dims only cards tagged with other personas', () => {
    expect(isDimmedByFocus(['a'], null)).toBe(false)
    expect(isDimmedByFocus([], 'a')).toBe(false)
    expect(isDimmedByFocus(['a', 'b'], 'a')).toBe(false)
    expect(isDimmedByFocus(['b'], 'a')).toBe(true)
    expect(isDimmedByFocus(undefined, 'a')).toBe(false)
  })
})

describe('jobs to be done', () => {
  it('renders the three-part form and places a job from the panel', () => {
    const base = starter()
    const job = createJob(base.map.workshopId, 'I travel', 'check in fast', 'relax')
    render(<JobsPanel />, applyCommand(base, { type: 'addJob', job }))
    expect(dom.host.querySelector<HTMLInputElement>('input[aria-label="Situation of job 1"]')!.value).toBe('I travel')
    act(() => button('Place job 1 on the map').click())
    const doc = appStore.getState().doc!
    const card = Object.values(doc.cards).find((c) => c.jobId === job.id)
    expect(card?.text).toBe('When I travel, I want to check in fast, so I can relax.')
    expect(dom.host.textContent).toContain('On the map once')
    act(() => undo(appStore))
    expect(Object.values(appStore.getState().doc!.lanes).some((l) => l.kind === 'jobs')).toBe(false)
  })
})

describe('photos and avatars', () => {
  it('fits a photo within 512 px keeping its shape, and never enlarges', () => {
    expect(fitWithin(1024, 768)).toEqual({ width: 512, height: 384 })
    expect(fitWithin(300, 2000)).toEqual({ width: 77, height: 512 })
    expect(fitWithin(200, 100)).toEqual({ width: 200, height: 100 })
  })

  it('makes initials from the first and last word', () => {
    expect(initials('Ana Lima')).toBe('AL')
    expect(initials('  jenny ')).toBe('J')
    expect(initials('Maria da Silva')).toBe('MS')
    expect(initials('')).toBe('')
  })
})
