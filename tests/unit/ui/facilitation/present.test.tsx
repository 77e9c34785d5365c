import { act, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyCommand, createCard, createMap, createPersona, createStarterDoc, newId, type JourneyDoc, type WorkshopId } from '../../../../src/domain'
import { gridLayout } from '../../../../src/domain/layout'
import { i18n } from '../../../../src/i18n'
import { appStore, loadDoc } from '../../../../src/store'
import { PresentButton } from '../../../../src/ui/facilitation/present/PresentButton'
import { Presentation } from '../../../../src/ui/facilitation/present/Presentation'
import { useDom } from '../../support/renderDom'

const dom = useDom(async () => {
  await i18n.changeLanguage('en')
})

/** Two stages (title + overview + two stage slides = 4), a persona on the map and two cards in stage One. */
function sampleDoc(): JourneyDoc {
  const map = createMap(newId<WorkshopId>(), 'Weather app')
  const base = createStarterDoc(map, { stages: ['One', 'Two'], step: (n) => `Step ${n}`, lanes: [['touchpoints', 'Touchpoints']] })
  const grid = gridLayout(base)
  const place = (step: number) => ({ kind: 'cell' as const, laneId: grid.rows[0]!.laneId, stepId: grid.columns[step]!.stepId, span: 1, rank: 0 })
  const jenny = { ...createPersona(map.workshopId, 'Jenny Rider'), quote: 'Will it be windy?', goals: ['Cycle to work dry'] }
  const a = createCard(map.id, place(0), { text: 'Checks the weather in the app\nbefore leaving', sentiment: 'positive', channel: 'webPage', device: 'mobile' })
  const b = createCard(map.id, place(1), { text: 'The site does not load on mobile', sentiment: 'friction' })
  let doc = applyCommand(base, { type: 'addPersona', persona: jenny, onMap: true })
  doc = applyCommand(doc, { type: 'addCards', cards: [a, b] })
  return doc
}

function press(key: string) {
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

const root = () => document.querySelector<HTMLElement>('[data-testid="presentation"]')
const counter = () => document.querySelector('[data-testid="present-counter"]')?.textContent
const slideKind = () => root()?.dataset.slide

/** The presenter's presentation, its slide kept the way the store keeps it. */
function Presenting({ doc, onExit }: { doc: JourneyDoc; onExit: () => void }) {
  const [slide, setSlide] = useState(0)
  return <Presentation doc={doc} slide={slide} onSlide={setSlide} onExit={onExit} />
}

function present(onExit = vi.fn()) {
  dom.render(<Presenting doc={sampleDoc()} onExit={onExit} />)
  return onExit
}

describe('following someone else’s presentation (a participant in a room)', () => {
  it('shows the presenter’s slide, ignores the slide keys and can only be left', () => {
    const onExit = vi.fn()
    dom.render(<Presentation doc={sampleDoc()} slide={2} onExit={onExit} />)
    expect(counter()).toBe('Slide 3 of 4')
    press('ArrowRight')
    expect(counter()).toBe('Slide 3 of 4')
    expect(root()?.querySelector('button[aria-label="Next slide"]')).toBeNull()
    press('Escape')
    expect(onExit).toHaveBeenCalledTimes(1)
  })
})

describe('the presentation', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('opens on the title slide with the map’s title and its personas', () => {
    present()
    expect(slideKind()).toBe('title')
    expect(counter()).toBe('Slide 1 of 4')
    expect(root()?.querySelector('h1')?.textContent).toBe('Weather app')
    const persona = root()?.querySelector('[data-testid="present-persona"]')
    expect(persona?.textContent).toContain('Jenny Rider')
    expect(persona?.textContent).toContain('Will it be windy?')
    expect(persona?.textContent).toContain('Cycle to work dry')
    expect(persona?.textContent).toContain('JR')
  })

  it('goes on with Right, Down, PageDown and Space, back with Left, Up and PageUp, Home and End to the ends', () => {
    present()
    press('ArrowRight')
    expect(slideKind()).toBe('overview')
    press('ArrowDown')
    expect(counter()).toBe('Slide 3 of 4')
    press('ArrowUp')
    press('PageDown')
    press(' ')
    expect(counter()).toBe('Slide 4 of 4')
    press('ArrowRight')
    expect(counter()).toBe('Slide 4 of 4')
    press('PageUp')
    press('ArrowLeft')
    expect(counter()).toBe('Slide 2 of 4')
    press('End')
    expect(counter()).toBe('Slide 4 of 4')
    press('Home')
    expect(counter()).toBe('Slide 1 of 4')
  })

  it('shows a stage’s cards whole, with line breaks, sentiment colours, channel and device', () => {
    present()
    press('End')
    press('PageUp')
    const cards = [...(root()?.querySelectorAll<HTMLElement>('[data-testid="present-card"]') ?? [])]
    expect(cards.map((c) => c.firstChild?.textContent)).toEqual(['Checks the weather in the app\nbefore leaving', 'The site does not load on mobile'])
    expect(cards[0]?.textContent).toContain('Web page · Mobile')
    // positive and friction fills from the board's card colours
    expect(cards[0]?.style.background).toMatch(/bbf7d0|187, 247, 208/)
    expect(cards[1]?.style.background).toMatch(/fecaca|254, 202, 202/)
  })

  it('moves with the on-screen buttons and says where it is', () => {
    present()
    const button = (name: string) => root()?.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)
    expect(button('Previous slide')?.disabled).toBe(true)
    act(() => button('Next slide')?.click())
    expect(counter()).toBe('Slide 2 of 4')
    act(() => button('Previous slide')?.click())
    expect(counter()).toBe('Slide 1 of 4')
  })

  it('leaves with Esc and with the exit button', () => {
    const onExit = present()
    press('Escape')
    expect(onExit).toHaveBeenCalledTimes(1)
    act(() => root()?.querySelector<HTMLButtonElement>('button[aria-label="Exit presentation"]')?.click())
    expect(onExit).toHaveBeenCalledTimes(2)
  })

  it('keeps its keys from the board underneath', () => {
    present()
    const below = vi.fn()
    window.addEventListener('keydown', below)
    press('ArrowRight')
    window.removeEventListener('keydown', below)
    expect(below).not.toHaveBeenCalled()
  })

  it('turns the laser pointer on and off with L or its button: a dot follows the mouse and the cursor hides', () => {
    present()
    const toggle = () => root()?.querySelector('[data-testid="present-laser-toggle"]')
    const dot = () => root()?.querySelector<HTMLElement>('[data-testid="present-laser"]')
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false')
    press('l')
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true')
    expect(root()?.classList.contains('present--laser')).toBe(true)
    act(() => {
      root()?.dispatchEvent(new PointerEvent('pointermove', { clientX: 120, clientY: 80, bubbles: true }))
    })
    expect(dot()?.style.transform).toBe('translate(120px, 80px)')
    act(() => (toggle() as HTMLButtonElement).click())
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false')
    expect(dot()).toBeFalsy()
    expect(root()?.classList.contains('present--laser')).toBe(false)
  })

  it('in Persian runs right to left: Left goes on, Right goes back, digits are Persian', async () => {
    await act(() => i18n.changeLanguage('fa'))
    present()
    expect(root()?.getAttribute('dir')).toBe('rtl')
    expect(counter()).toBe('اسلاید ۱ از ۴')
    press('ArrowLeft')
    expect(counter()).toBe('اسلاید ۲ از ۴')
    press('ArrowLeft')
    press('ArrowRight')
    expect(counter()).toBe('اسلاید ۲ از ۴')
    press('ArrowDown')
    expect(counter()).toBe('اسلاید ۳ از ۴')
  })
})

describe('the Present button', () => {
  it('opens the presentation of the open map on click and with F5, and closes it again', () => {
    loadDoc(appStore, sampleDoc())
    dom.render(<PresentButton />)
    const button = dom.host.querySelector<HTMLButtonElement>('[data-testid="present-open"]')
    expect(button?.getAttribute('aria-label')).toBe('Present')
    act(() => button?.click())
    expect(root()).toBeTruthy()
    press('Escape')
    expect(root()).toBeFalsy()
    press('F5')
    expect(root()).toBeTruthy()
    press('Escape')
  })
})

describe('the shortcuts dialog', () => {
  it('lists F5 for presenting the map', async () => {
    const { ShortcutsDialog } = await import('../../../../src/ui/ShortcutsDialog')
    dom.render(<ShortcutsDialog open onClose={() => {}} />)
    const row = [...dom.host.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === 'Present the map')
    expect(row?.querySelector('kbd')?.textContent).toBe('F5')
  })
})
