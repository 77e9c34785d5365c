import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { appStore } from '../../../../src/store'
import { voteCountStore } from '../../../../src/store/voteCount'
import { VotePanel } from '../../../../src/ui/facilitation/vote/VotePanel'
import { FACILITATION_PANELS } from '../../../../src/ui/facilitation/panels'
import { useDom } from '../../support/renderDom'
import { button, byLabel, checkbox, click, countingList, openVoteMap, resultLines, type } from './voteFixtures'
import { isolated } from '../../../../src/i18n/isolated'

const dom = useDom(() => voteCountStore.setState({ count: null, hiddenDots: null }))

function start() {
  click(button(dom.host, 'Start counting'))
}

function hands(card: string): HTMLInputElement {
  return byLabel<HTMLInputElement>(dom.host, `Hands for ${card}`)
}

describe('the vote panel: a new vote', () => {
  it('is registered as the facilitation side\'s Vote tab', () => {
    expect(FACILITATION_PANELS.map((p) => [p.id, p.labelKey])).toContainEqual(['vote', 'facilitation.tabs.vote'])
  })

  it('votes on every note of the whole map by default, grouped by stage and step, shapes left out', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    expect(dom.host.textContent).toContain('5 cards can be voted on.')
    start()
    expect(countingList(dom.host)).toEqual(['Searches online', 'Compares prices', 'Pays at checkout', 'Waits for delivery', 'Loyalty idea'])
    const groups = [...dom.host.querySelectorAll('.vote-group-title')].map((h) => h.textContent)
    expect(groups).toEqual(['Discover · Step 1', 'Discover · Step 2', 'Buy · Step 3', 'Buy · Step 4', 'Free notes'])
    expect(dom.host.textContent).toContain('The whole map')
  })

  it('limits the cards to the chosen lanes, and offers no emotion lane', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    click(checkbox(dom.host, 'Chosen lanes'))
    expect(dom.host.textContent).toContain('Choose at least one.')
    expect(button(dom.host, 'Start counting').disabled).toBe(true)
    expect(() => checkbox(dom.host, 'Feelings')).toThrow()
    click(checkbox(dom.host, 'Pain points'))
    expect(dom.host.textContent).toContain('2 cards can be voted on.')
    start()
    expect(countingList(dom.host)).toEqual(['Compares prices', 'Waits for delivery'])
    // Each name isolated in the list, and the list in the sentence.
    expect(dom.host.textContent).toContain(`Lanes: ${isolated(isolated('Pain points'))}`)
  })

  it('limits the cards to the chosen stages', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    click(checkbox(dom.host, 'Chosen stages'))
    click(checkbox(dom.host, 'Buy'))
    start()
    expect(countingList(dom.host)).toEqual(['Pays at checkout', 'Waits for delivery'])
    expect(dom.host.textContent).toContain(`Stages: ${isolated(isolated('Buy'))}`)
  })
})

describe('the vote panel: counting hands', () => {
  it('counts with the stepper and the typed number, and ranks with ties sharing a rank', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    start()
    expect(dom.host.textContent).toContain('No votes yet.')
    click(byLabel(dom.host, 'One hand more for Compares prices'))
    click(byLabel(dom.host, 'One hand more for Compares prices'))
    click(byLabel(dom.host, 'One hand more for Compares prices'))
    click(byLabel(dom.host, 'One hand fewer for Compares prices'))
    expect(hands('Compares prices').value).toBe('2')
    type(hands('Waits for delivery'), '5')
    type(hands('Searches online'), '2')
    expect(hands('Waits for delivery').getAttribute('aria-valuenow')).toBe('5')
    expect(resultLines(dom.host)).toEqual(['1|Waits for delivery|5 votes|', '2|Searches online|2 votes|tied', '2|Compares prices|2 votes|tied'])
    expect(dom.host.textContent).toContain('9 votes in all')
    expect(dom.host.textContent).toContain('2 more cards have no votes.')
    expect(dom.host.querySelector('.vote-result--tied .vote-sr')?.textContent).toBe('Rank 2, tied:')
  })

  it('steps with the arrow keys and clamps typed counts to 0..999', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    start()
    const input = hands('Loyalty idea')
    act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true })))
    act(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true })))
    expect(input.value).toBe('11')
    type(input, '12345')
    expect(voteCountStore.getState().count?.tally).toEqual({ [Object.keys(voteCountStore.getState().count!.tally)[0]!]: 999 })
    expect(byLabel<HTMLButtonElement>(dom.host, 'One hand more for Loyalty idea').disabled).toBe(true)
  })

  it('saves a hands record with the card texts and ranks, and ends the count', () => {
    const { cards } = openVoteMap()
    dom.render(<VotePanel />)
    start()
    expect(button(dom.host, 'Save results').disabled).toBe(true)
    type(hands('Pays at checkout'), '4')
    type(hands('Searches online'), '1')
    click(button(dom.host, 'Save results'))
    const [record] = appStore.getState().facilitation.votes
    expect(record?.mode).toBe('hands')
    expect(record?.settings.scope).toEqual({ kind: 'map' })
    expect(record?.rows.slice(0, 2)).toEqual([
      { cardId: cards.checkout.id, text: 'Pays at checkout', votes: 4, rank: 1 },
      { cardId: cards.search.id, text: 'Searches online', votes: 1, rank: 2 },
    ])
    expect(record?.rows).toHaveLength(5)
    expect(record?.rows.slice(2).every((r) => r.votes === 0 && r.rank === 3)).toBe(true)
    expect(voteCountStore.getState().count).toBeNull()
    expect(dom.host.textContent).toContain('New vote')
    expect(dom.host.querySelector('.vote-record')?.textContent).toContain('Pays at checkout')
  })

  it('discards after asking when hands were entered', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    start()
    type(hands('Searches online'), '3')
    click(button(dom.host, 'Discard'))
    expect(dom.host.textContent).toContain('Discard this count?')
    click([...dom.host.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => b.textContent === 'Discard')!)
    expect(voteCountStore.getState().count).toBeNull()
    expect(appStore.getState().facilitation.votes).toEqual([])
  })

  it('brings a card picked on the board to its stepper, and picks the card of a focused stepper', async () => {
    const { cards } = openVoteMap()
    dom.render(<VotePanel />)
    start()
    act(() => appStore.getState().select([cards.wait.id]))
    // After the board's own handling of the press.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(document.activeElement).toBe(hands('Waits for delivery'))
    act(() => hands('Compares prices').focus())
    expect(appStore.getState().selection).toEqual([cards.compare.id])
  })

  it('hides and shows the dots on the board', () => {
    openVoteMap()
    dom.render(<VotePanel />)
    start()
    click(button(dom.host, 'Hide dots'))
    expect(voteCountStore.getState().hiddenDots).toMatch(/^count:/)
    click(button(dom.host, 'Show dots'))
    expect(voteCountStore.getState().hiddenDots).toBeNull()
  })
})
