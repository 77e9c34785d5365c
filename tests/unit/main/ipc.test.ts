import { describe, expect, it, vi } from 'vitest'
import { IpcChannels, type FlushOutcome, type SaveStatus } from '../../../electron/shared/ipc'
import { APP_ORIGIN, trustedOrigins } from '../../../electron/main/appOrigin'
import { createIpcHandlers, createTrustedSenderCheck, registerIpc, type InvokeEventLike } from '../../../electron/main/ipc/handlers'

const appInfo = { name: 'Journeyboard', version: '0.1.0', platform: 'linux' }

function setup(devServerUrl?: string) {
  const deps = {
    appInfo: vi.fn(() => appInfo),
    onFlushed: vi.fn<(senderId: number, outcome: FlushOutcome) => void>(),
    onSaveStatus: vi.fn<(senderId: number, status: SaveStatus) => void>(),
  }
  const registered = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>()
  registerIpc({ handle: (channel, listener) => registered.set(channel, listener) }, createIpcHandlers(deps), {
    isTrustedSender: createTrustedSenderCheck(trustedOrigins(devServerUrl)),
  })
  const invoke = async (channel: string, args: unknown[], frameUrl: string | null = `${APP_ORIGIN}/index.html`) => {
    const listener = registered.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    const event: InvokeEventLike = { senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: { id: 7 } }
    return listener(event, ...args)
  }
  return { deps, registered, invoke }
}

describe('IPC handlers', () => {
  it('registers exactly the channels the page may invoke', () => {
    expect([...setup().registered.keys()].sort()).toEqual([IpcChannels.appInfo, IpcChannels.flushed, IpcChannels.saveStatus, IpcChannels.setLanguage].sort())
  })

  it('answers appInfo, and only its three fields', async () => {
    await expect(setup().invoke(IpcChannels.appInfo, [])).resolves.toEqual(appInfo)
    const leaky = createIpcHandlers({ ...setup().deps, appInfo: () => ({ ...appInfo, userDataPath: '/home/me/.config/Journeyboard' }) as typeof appInfo })
    expect(leaky[IpcChannels.appInfo]({ senderId: 1 }, [])).toEqual(appInfo)
  })

  it('passes a valid save status with the sender id', async () => {
    const { deps, invoke } = setup()
    for (const status of ['saved', 'saving', 'unsaved', 'failed', 'readonly'] as const) await invoke(IpcChannels.saveStatus, [status])
    expect(deps.onSaveStatus.mock.calls.map(([id, status]) => `${id}:${status}`)).toEqual(['7:saved', '7:saving', '7:unsaved', '7:failed', '7:readonly'])
  })

  it.each([[[]], [['SAVED']], [['bogus']], [[1]], [[null]], [[{ status: 'saved' }]], [['saved', 'extra']]])('rejects save status payload %j', async (args) => {
    const { deps, invoke } = setup()
    await expect(invoke(IpcChannels.saveStatus, args)).rejects.toThrow(/lifecycle:save-status: invalid payload/)
    expect(deps.onSaveStatus).not.toHaveBeenCalled()
  })

  it('takes only an outcome for flushed, and nothing for appInfo', async () => {
    const { deps, invoke } = setup()
    await invoke(IpcChannels.flushed, ['saved'])
    expect(deps.onFlushed).toHaveBeenCalledWith(7, 'saved')
    await expect(invoke(IpcChannels.flushed, [])).rejects.toThrow(/invalid payload/)
    await expect(invoke(IpcChannels.flushed, ['/etc/passwd'])).rejects.toThrow(/invalid payload/)
    await expect(invoke(IpcChannels.flushed, ['saved', 'failed'])).rejects.toThrow(/invalid payload/)
    await expect(invoke(IpcChannels.appInfo, [{}])).rejects.toThrow(/invalid payload/)
    expect(deps.onFlushed).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a null senderFrame', null],
    ['another site', 'https://evil.example/'],
    ['another app host', 'app://evil/index.html'],
    ['a file page', 'file:///tmp/x.html'],
    ['a dev server in production', 'http://localhost:5173/'],
    ['an unparsable url', 'nonsense'],
  ])('refuses %s before touching the handler', async (_name, frameUrl) => {
    const { deps, invoke } = setup()
    for (const channel of [IpcChannels.appInfo, IpcChannels.flushed]) {
      await expect(invoke(channel, [], frameUrl)).rejects.toThrow(/refused.*not the app/)
    }
    await expect(invoke(IpcChannels.saveStatus, ['failed'], frameUrl)).rejects.toThrow(/refused/)
    expect(deps.appInfo).not.toHaveBeenCalled()
    expect(deps.onFlushed).not.toHaveBeenCalled()
    expect(deps.onSaveStatus).not.toHaveBeenCalled()
  })

  it('treats a senderFrame that throws as untrusted', async () => {
    const { registered } = setup()
    const event = { sender: { id: 1 }, get senderFrame(): never { throw new Error('frame disposed') } }
    expect(() => registered.get(IpcChannels.appInfo)!(event)).toThrow(/frame is gone/)
  })

  it('trusts the dev server origin only in dev', async () => {
    const { invoke } = setup('http://localhost:5173')
    await expect(invoke(IpcChannels.appInfo, [], 'http://localhost:5173/index.html')).resolves.toEqual(appInfo)
    await expect(invoke(IpcChannels.appInfo, [], 'http://localhost:5174/')).rejects.toThrow(/refused/)
  })
})
