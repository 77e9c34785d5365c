import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { SaveFileResult } from '../../../../electron/shared/ipc'
import { createVoteRecord, defaultVoteSettings, results } from '../../../../src/domain/facilitation'
import { i18n } from '../../../../src/i18n'
import { appStore } from '../../../../src/store'
import { voteCountStore } from '../../../../src/store/voteCount'
import { useDom } from '../../support/renderDom'
import { button, byLabel, click, openVoteMap, resultLines } from './voteFixtures'

const exported = vi.hoisted(() => ({ exportFile: vi.fn(async (_kind: string, name: string, _text: string): Promise<SaveFileResult> => ({ kind: 'saved', token: '', name })) }))
vi.mock('../../../../src/platform', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/platform')>()
  return { ...real, platform: { ...real.platform, files: { ...real.platform.files, exportFile: exported.exportFile } } }
})

const { VotePanel } = await import('../../../../src/ui/facilitation/vote/VotePanel')

const dom = useDom(async () => {
  voteCountStore.setState({ count: null, hiddenDots: null })
  await act(() => i18n.changeLanguage('en'))
})

const REVEALED = new Date(2026, 11, 5, 9, 41).getTime()

/** A saved show of hands: checkout 4, search and wait tied on 2, the rest none. */
function withSavedVote(title?: string) {
  const fixture = openVoteMap(title)
  const { doc, cards } = fixture
  const ids = [cards.search.id, cards.compare.id, cards.checkout.id, cards.wait.id, cards.idea.id]
  const tally = { [cards.checkout.id]: 4, [cards.search.id]: 2, [cards.wait.id]: 2 }
  const record = createVoteRecord({ startedAt: REVEALED - 60_000, revealedAt: REVEALED, mode: 'hands', settings: defaultVoteSettings(), results: results(tally, ids, { voters: null, participants: null }), doc })
  act(() => appStore.getState().addVoteRecord(record))
  return { ...fixture, record }
}

describe('the vote history', () => {
  it('lists a past vote with its time, scope, total and top cards, and opens its full results', () => {
    withSavedVote()
    dom.render(<VotePanel />)
    const item = dom.host.querySelector('.vote-record')!
    expect(item.querySelector('time')?.textContent).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(REVEALED))
    expect(item.textContent).toContain('The whole map')
    expect(item.textContent).toContain('8 votes in all')
    expect([...item.querySelectorAll('.vote-top-text')].map((el) => el.textContent?.replace(/^Rank \d+: /, ''))).toEqual(['Pays at checkout', 'Searches online', 'Waits for delivery'])
    const toggle = button(item, 'All results')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(resultLines(item)).toEqual(['1|Pays at checkout|4 votes|', '2|Searches online|2 votes|tied', '2|Waits for delivery|2 votes|tied'])
    expect(item.textContent).toContain('2 more cards have no votes.')
  })

  it('exports the results as CSV with a byte order mark, the column labels and a name from the map and date', async () => {
    exported.exportFile.mockClear()
    withSavedVote('Kick-off: "Shop"')
    dom.render(<VotePanel />)
    await act(async () => button(dom.host, 'Export CSV').click())
    expect(exported.exportFile).toHaveBeenCalledTimes(1)
    const [kind, name, text] = exported.exportFile.mock.calls[0]!
    expect(kind).toBe('csv')
    expect(name).toBe('Kick-off Shop votes 2026-12-05 09.41.csv')
    expect(text.startsWith('\uFEFFRank,Card,Votes\r\n')).toBe(true)
    expect(text).toBe('\uFEFFRank,Card,Votes\r\n1,Pays at checkout,4\r\n2,Searches online,2\r\n2,Waits for delivery,2\r\n4,Compares prices,0\r\n4,Loyalty idea,0\r\n')
    expect(appStore.getState().notice).toMatchObject({ key: 'files.exported', values: { name }, tone: 'info' })
  })

  it('exports Persian column labels when the interface is Persian', async () => {
    exported.exportFile.mockClear()
    withSavedVote()
    await act(() => i18n.changeLanguage('fa'))
    dom.render(<VotePanel />)
    await act(async () => button(dom.host, 'خروجی CSV').click())
    const text = exported.exportFile.mock.calls[0]![2]
    expect(text.split('\r\n')[0]).toBe('\uFEFFرتبه,کارت,رأی‌ها')
  })

  it('removes a vote after asking, and keeps it when the question is cancelled', () => {
    const { record } = withSavedVote()
    dom.render(<VotePanel />)
    const when = dom.host.querySelector('.vote-record time')!.textContent!
    click(byLabel(dom.host, `Remove the vote on ${when}`))
    expect(dom.host.textContent).toContain('Remove this vote?')
    click(button(dom.host.querySelector('dialog')!, 'Cancel'))
    expect(appStore.getState().facilitation.votes.map((v) => v.id)).toEqual([record.id])
    click(byLabel(dom.host, `Remove the vote on ${when}`))
    click(button(dom.host.querySelector('dialog')!, 'Remove'))
    expect(appStore.getState().facilitation.votes).toEqual([])
    expect(dom.host.textContent).toContain('No votes saved yet.')
  })

  it('shows the latest saved vote\'s dots until they are hidden', () => {
    const { record } = withSavedVote()
    dom.render(<VotePanel />)
    click(button(dom.host, 'Hide dots'))
    expect(voteCountStore.getState().hiddenDots).toBe(`record:${record.id}`)
  })
})

describe('the vote panel in Persian', () => {
  it('writes counts, ranks and totals in Persian digits and reads typed Persian digits', async () => {
    openVoteMap()
    await act(() => i18n.changeLanguage('fa'))
    dom.render(<VotePanel />)
    click(button(dom.host, 'شروع شمارش'))
    const more = byLabel(dom.host, 'یک دست بیشتر برای Searches online')
    click(more)
    click(more)
    click(more)
    expect(byLabel<HTMLInputElement>(dom.host, 'دست‌ها برای Searches online').value).toBe('۳')
    const wait = byLabel<HTMLInputElement>(dom.host, 'دست‌ها برای Waits for delivery')
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(wait, '۱۲')
      wait.dispatchEvent(new Event('input', { bubbles: true }))
    })
    expect(wait.getAttribute('aria-valuenow')).toBe('12')
    expect(resultLines(dom.host)).toEqual(['۱|Waits for delivery|۱۲ رأی|', '۲|Searches online|۳ رأی|'])
    expect(dom.host.textContent).toContain('روی هم ۱۵ رأی')
  })
})
