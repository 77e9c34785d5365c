import { afterEach, describe, expect, it, vi } from 'vitest'

// The real sound module against fake Web Audio: what it schedules, and that no failure escapes
// (the e2e harness fails on console errors, and a timer must never break over a speaker).
const SOUND = '../../../../src/ui/facilitation/timer/sound'

interface FakeNode {
  frequency?: { value: number }
  type?: string
}

function fakeAudio(state: 'running' | 'suspended' = 'running') {
  const oscillators: FakeNode[] = []
  const param = () => ({ setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() })
  class FakeContext {
    state = state
    currentTime = 0
    destination = {}
    resume = vi.fn(async () => {
      this.state = 'running'
    })
    createOscillator() {
      const node = { type: '', frequency: { value: 0 }, connect: vi.fn(), start: vi.fn(), stop: vi.fn() }
      oscillators.push(node)
      return node
    }
    createGain() {
      return { gain: param(), connect: vi.fn() }
    }
  }
  vi.stubGlobal('AudioContext', FakeContext)
  return oscillators
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('the timer chimes', () => {
  it('ring one soft note at ten seconds and three brighter ones at the end', async () => {
    const oscillators = fakeAudio()
    const { playChime } = await import(SOUND)
    playChime('lastTen')
    expect(oscillators.map((o) => [o.type, o.frequency?.value])).toEqual([['sine', 880]])
    playChime('end')
    expect(oscillators.slice(1).map((o) => o.type)).toEqual(['triangle', 'triangle', 'triangle'])
  })

  it('resume a suspended output before ringing', async () => {
    const oscillators = fakeAudio('suspended')
    const { playChime } = await import(SOUND)
    playChime('end')
    expect(oscillators).toHaveLength(0)
    await vi.waitFor(() => expect(oscillators).toHaveLength(3))
  })

  it('stay silent, without throwing or logging, when there is no audio or it fails', async () => {
    const errors = vi.spyOn(console, 'error')
    vi.stubGlobal('AudioContext', undefined)
    const none = await import(SOUND)
    expect(() => none.playChime('end')).not.toThrow()
    expect(() => none.prepareSound()).not.toThrow()
    vi.resetModules()
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('no audio device')
        }
      },
    )
    const broken = await import(SOUND)
    expect(() => broken.playChime('lastTen')).not.toThrow()
    expect(() => broken.prepareSound()).not.toThrow()
    expect(errors).not.toHaveBeenCalled()
  })
})
