import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { actionsOf } from '../../../../src/domain'
import { createVoteRecord, defaultVoteSettings, results } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { appStore, undo } from '../../../../src/store'
import { CLOSED_PLAN } from '../../../../src/store/planSlice'
import { voteCountStore } from '../../../../src/store/voteCount'
import { VotePanel } from '../../../../src/ui/facilitation/vote/VotePanel'
import { useDom } from '../../support/renderDom'
import { click, openVoteMap } from './voteFixtures'

const dom = useDom(async () => {
  voteCountStore.setState({ count: null, hiddenDots: null })
  appStore.getState().setPlan(CLOSED_PLAN)
  await act(() => i18n.changeLanguage('en'))
})

const REVEALED = Date.now() - 60_000

/** A saved show of hands: checkout 4, then search, wait and compare tied on 2 (a tie at the third place), the idea 1. */
function withTiedVote() {
  const fixture = openVoteMap()
  const { doc, cards } = fixture
  const ids = [cards.search.id, cards.compare.id, cards.checkout.id, cards.wait.id, cards.idea.id]
  const tally = { [cards.checkout.id]: 4, [cards.search.id]: 2, [cards.wait.id]: 2, [cards.compare.id]: 2, [cards.idea.id]: 1 }
  const record = createVoteRecord({ startedAt: REVEALED - 60_000, revealedAt: REVEALED, mode: 'hands', settings: defaultVoteSettings(), results: results(tally, ids, { voters: null, participants: null }), doc })
  act(() => appStore.getState().addVoteRecord(record))
  return { ...fixture, record }
}

const toPlanButton = () => dom.host.querySelector<HTMLButtonElement>('[data-testid="vote-to-plan"]')
const notes = () => dom.host.querySelector('.vote-to-plan-notes')?.textContent ?? ''
const planned = () => actionsOf(appStore.getState().doc!).map((a) => [a.title, a.votes, a.cardIds.length])

describe('the top three of a vote to the action plan', () => {
  it('says how many actions a tie at the third place makes, makes them in one undo step and opens the plan on the first', () => {
    const { cards } = withTiedVote()
    dom.render(<VotePanel />)
    const button = toPlanButton()!
    expect(button.textContent).toBe('Top three to the action plan: 4 actions')
    expect(notes()).toBe('Cards tied with the third place are included.')
    expect(button.getAttribute('aria-describedby')).toBe(dom.host.querySelector('.vote-to-plan-notes')!.id)

    click(button)
    expect(planned()).toEqual([
      ['Pays at checkout', 4, 1],
      ['Searches online', 2, 1],
      ['Compares prices', 2, 1],
      ['Waits for delivery', 2, 1],
    ])
    const first = actionsOf(appStore.getState().doc!)[0]!
    expect(first.cardIds).toEqual([cards.checkout.id])
    expect(appStore.getState().plan).toMatchObject({ open: true, focus: first.id })
    expect(toPlanButton()).toBeNull()
    expect(dom.host.querySelector('[data-testid="vote-to-plan-done"]')?.textContent).toBe('The top cards of this vote are already in the action plan.')

    // One step: a single undo takes all four back, and there is nothing older to undo.
    act(() => undo())
    expect(planned()).toEqual([])
    expect(appStore.temporal.getState().pastStates).toHaveLength(0)
    expect(toPlanButton()?.textContent).toBe('Top three to the action plan: 4 actions')
  })

  it('skips a card deleted since the vote and one already in the plan, and says so', () => {
    const { cards } = withTiedVote()
    dom.render(<VotePanel />)
    act(() => appStore.getState().dispatch({ type: 'deleteCards', cardIds: [cards.compare.id] }))
    expect(toPlanButton()?.textContent).toBe('Top three to the action plan: 3 actions')
    expect(notes()).toBe('Cards tied with the third place are included. 1 card was deleted since the vote.')
    click(toPlanButton()!)
    expect(planned().map(([title]) => title)).toEqual(['Pays at checkout', 'Searches online', 'Waits for delivery'])

    // One of them taken back by hand: the next press makes that one alone.
    const search = actionsOf(appStore.getState().doc!).find((a) => a.cardIds[0] === cards.search.id)!
    act(() => appStore.getState().dispatch({ type: 'deleteActions', actionIds: [search.id] }))
    expect(toPlanButton()?.textContent).toBe('Top three to the action plan: 1 action')
    expect(notes()).toBe('Cards tied with the third place are included. 2 cards are already in the plan. 1 card was deleted since the vote.')
    click(toPlanButton()!)
    expect(planned().map(([title]) => title).sort()).toEqual(['Pays at checkout', 'Searches online', 'Waits for delivery'])
    expect(appStore.getState().plan.focus).toBe(actionsOf(appStore.getState().doc!).find((a) => a.cardIds[0] === cards.search.id)!.id)
  })

  it('shows no button for a vote in which no card got a dot', () => {
    const { doc, cards } = openVoteMap()
    const record = createVoteRecord({ startedAt: REVEALED - 1, revealedAt: REVEALED, mode: 'hands', settings: defaultVoteSettings(), results: results({}, [cards.search.id], { voters: null, participants: null }), doc })
    act(() => appStore.getState().addVoteRecord(record))
    dom.render(<VotePanel />)
    expect(dom.host.querySelector('.vote-record')).not.toBeNull()
    expect(dom.host.querySelector('.vote-to-plan')).toBeNull()
  })

  it('counts in Persian digits when the interface is Persian', async () => {
    withTiedVote()
    await act(() => i18n.changeLanguage('fa'))
    dom.render(<VotePanel />)
    expect(toPlanButton()?.textContent).toBe('سه کارت برتر به برنامه اقدام: ۴ اقدام')
  })
})
