import { act } from 'react'
import { applyCommand, createCard, createMap, createStarterDoc, newId, type Card, type JourneyDoc, type Sentiment, type WorkshopId } from '../../../../src/domain'
import { gridLayout } from '../../../../src/domain/layout'
import { NO_FACILITATION } from '../../../../src/domain/facilitation'
import { appStore, loadDoc } from '../../../../src/store'
import { voteCountStore } from '../../../../src/store/voteCount'
import { unmarked } from '../../support/unmarked'

/**
 * A map with two stages (two steps each) and three lanes, one of them an emotion lane: cards in
 * Actions and Pain points across the four steps, plus a free note and a free rectangle.
 */
export function voteMap(title = 'Kick-off') {
  const map = createMap(newId<WorkshopId>(), title)
  const base = createStarterDoc(map, {
    stages: ['Discover', 'Buy'],
    step: (n) => `Step ${n}`,
    lanes: [
      ['actions', 'Actions'],
      ['painPoints', 'Pain points'],
      ['emotions', 'Feelings'],
    ],
  })
  const grid = gridLayout(base)
  const lane = (i: number) => base.map.laneIds[i]!
  const step = (i: number) => grid.columns[i]!.stepId
  const at = (l: number, s: number, rank = 0) => ({ kind: 'cell' as const, laneId: lane(l), stepId: step(s), span: 1, rank })
  const make = (place: Card['place'], text: string, sentiment: Sentiment = 'neutral', shape: Card['shape'] = 'note') => createCard(map.id, place, { text, sentiment, shape })
  const cards = {
    search: make(at(0, 0), 'Searches online', 'positive'),
    compare: make(at(1, 1), 'Compares prices', 'friction'),
    checkout: make(at(0, 2), 'Pays at checkout', 'decision'),
    wait: make(at(1, 3), 'Waits for delivery', 'friction'),
    idea: make({ kind: 'free', x: 0, y: 900, width: 200, height: 64 }, 'Loyalty idea'),
    box: make({ kind: 'free', x: 300, y: 900, width: 200, height: 64 }, '', 'neutral', 'rect'),
  }
  const doc: JourneyDoc = applyCommand(base, { type: 'addCards', cards: Object.values(cards) })
  return { doc, cards, lanes: [lane(0), lane(1), lane(2)] as const, stages: doc.map.stageIds }
}

/** Opens the map with no vote history and no count under way. */
export function openVoteMap(title?: string) {
  const fixture = voteMap(title)
  act(() => {
    voteCountStore.setState({ count: null, hiddenDots: null })
    loadDoc(appStore, fixture.doc)
    appStore.getState().loadFacilitation(NO_FACILITATION)
  })
  return fixture
}

export function byLabel<T extends HTMLElement = HTMLElement>(root: ParentNode, label: string): T {
  const found = [...root.querySelectorAll<T>('[aria-label]')].find((el) => unmarked(el.getAttribute('aria-label')) === label)
  if (!found) throw new Error(`nothing labelled ${label}`)
  return found
}

export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text)
  if (!found) throw new Error(`no button ${text}`)
  return found
}

export function checkbox(root: ParentNode, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)
  const input = label?.querySelector('input')
  if (!input) throw new Error(`no choice ${text}`)
  return input
}

export function click(el: HTMLElement) {
  act(() => el.click())
}

/** Types into a React-controlled field the way a person does. */
export function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** Card texts in the order the counting list shows them. */
export function countingList(root: ParentNode): string[] {
  return [...root.querySelectorAll('.vote-card .vote-card-text')].map((el) => el.textContent ?? '')
}

/** Results as "rank|text|votes|tied". */
export function resultLines(root: ParentNode): string[] {
  return [...root.querySelectorAll('.vote-result')].map((li) =>
    [li.querySelector('.vote-rank')?.textContent, li.querySelector('.vote-result-text')?.textContent, li.querySelector('.vote-result-votes')?.textContent, li.querySelector('.vote-tied') ? 'tied' : ''].join('|'),
  )
}
