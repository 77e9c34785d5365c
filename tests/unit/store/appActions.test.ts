import { describe, expect, it } from 'vitest'
import type { OpenedFile } from '../../../electron/shared/ipc'
import type { MapId } from '../../../src/domain'
import { ActionBus } from '../../../src/platform/actions'
import { createAppStore } from '../../../src/store'

const file = (name: string) => ({ name, text: '{}', token: `t-${name}` }) as unknown as OpenedFile

describe('dialogs, offered files and notices as session state', () => {
  it('offers a file at once, or after the dialog showing now, one at a time', () => {
    const store = createAppStore()
    store.getState().offerFile(file('a.journey'))
    expect(store.getState().dialog).toEqual({ kind: 'import', preset: file('a.journey') })
    store.getState().offerFile(file('b.journey'))
    store.getState().offerFile(file('c.journey'))
    store.getState().closeDialog()
    expect(store.getState().dialog).toEqual({ kind: 'import', preset: file('b.journey') })
    store.getState().closeDialog()
    store.getState().closeDialog()
    expect(store.getState().dialog).toBeNull()
    store.getState().openDialog({ kind: 'about' })
    store.getState().offerFile(file('d.journey'))
    expect(store.getState().dialog).toEqual({ kind: 'about' })
    store.getState().closeDialog()
    expect(store.getState().dialog).toEqual({ kind: 'import', preset: file('d.journey') })
  })

  it('gives every notice a new id and keeps file tokens per store, not per page', () => {
    const one = createAppStore()
    const two = createAppStore()
    one.getState().notify({ key: 'x', tone: 'info' })
    const first = one.getState().notice!.id
    one.getState().notify({ key: 'x', tone: 'info' })
    expect(one.getState().notice!.id).not.toBe(first)
    one.getState().rememberFile('m1' as MapId, 'token-1')
    one.getState().rememberFile('m2' as MapId, '')
    expect(one.getState().fileTokens).toEqual({ m1: 'token-1' })
    expect(two.getState().fileTokens).toEqual({})
  })
})

describe('the action bus', () => {
  it('hands an action only to the listeners of its type, until they unsubscribe', () => {
    const bus = new ActionBus()
    const commands: string[] = []
    const reveals: string[] = []
    const stop = bus.on('command', (a) => commands.push(a.command))
    bus.on('revealCard', (a) => reveals.push(a.cardId))
    bus.send({ type: 'command', command: 'saveFile' })
    bus.send({ type: 'revealCard', cardId: 'c1' as never })
    stop()
    bus.send({ type: 'command', command: 'openFile' })
    expect(commands).toEqual(['saveFile'])
    expect(reveals).toEqual(['c1'])
  })
})
