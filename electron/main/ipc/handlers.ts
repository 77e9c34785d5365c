import { z } from 'zod'
import { CLOSE_DIALOG_LABEL_KEYS, FILE_DIALOG_LABEL_KEYS, FLUSH_OUTCOMES, IpcChannels, MENU_LABEL_KEYS, SAVE_STATUSES, type AppInfo, type FlushOutcome, type NativeLabels, type SaveStatus } from '../../shared/ipc'
import { isTrustedOrigin } from '../appOrigin'

/** Who called: the sending page's WebContents id, so per-window state (the close handshake) finds its window. */
export interface IpcCallContext {
  readonly senderId: number
}

export interface IpcHandlerDeps {
  readonly appInfo: () => AppInfo
  readonly onFlushed: (senderId: number, outcome: FlushOutcome) => void
  readonly onSaveStatus: (senderId: number, status: SaveStatus) => void
  /** The page's language and translated menu and dialog words; main rebuilds its menu. */
  readonly onSetLanguage?: (labels: NativeLabels) => void
}

/** Channels the page may invoke; the others in IpcChannels only go from main to the page. */
export type InvokeChannel = typeof IpcChannels.appInfo | typeof IpcChannels.flushed | typeof IpcChannels.saveStatus | typeof IpcChannels.setLanguage

export type IpcHandler = (context: IpcCallContext, args: readonly unknown[]) => unknown
export type IpcHandlerTable = Readonly<Record<InvokeChannel, IpcHandler>>

// A menu label is short text; the bounds keep a compromised page from handing main megabytes.
const label = z.string().min(1).max(500)
const labelsOf = <K extends string>(keys: readonly K[]) => z.strictObject(Object.fromEntries(keys.map((key) => [key, label])) as Record<K, typeof label>)
const nativeLabelsSchema = z.strictObject({
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  menu: labelsOf(MENU_LABEL_KEYS),
  closeDialog: labelsOf(CLOSE_DIALOG_LABEL_KEYS),
  fileDialog: labelsOf(FILE_DIALOG_LABEL_KEYS),
})

/**
 * Payload schemas, one per channel, over the whole argument list so an extra argument is an
 * error too. Strict tuples: the page is treated as if it could be compromised.
 */
const payloads = {
  [IpcChannels.appInfo]: z.tuple([]),
  [IpcChannels.flushed]: z.tuple([z.enum(FLUSH_OUTCOMES)]),
  [IpcChannels.saveStatus]: z.tuple([z.enum(SAVE_STATUSES)]),
  [IpcChannels.setLanguage]: z.tuple([nativeLabelsSchema]),
} as const satisfies Record<InvokeChannel, z.ZodType>

function parse<C extends InvokeChannel>(channel: C, args: readonly unknown[]): z.infer<(typeof payloads)[C]> {
  const result = payloads[channel].safeParse(args)
  if (!result.success) throw new Error(`IPC ${channel}: invalid payload: ${z.prettifyError(result.error)}`)
  return result.data as z.infer<(typeof payloads)[C]>
}

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlerTable {
  return {
    [IpcChannels.appInfo]: (_context, args) => {
      parse(IpcChannels.appInfo, args)
      // Field by field: whatever else main knows (paths above all) never rides along.
      const { name, version, platform } = deps.appInfo()
      return { name, version, platform } satisfies AppInfo
    },
    [IpcChannels.flushed]: (context, args) => {
      const [outcome] = parse(IpcChannels.flushed, args)
      deps.onFlushed(context.senderId, outcome)
    },
    [IpcChannels.saveStatus]: (context, args) => {
      const [status] = parse(IpcChannels.saveStatus, args)
      deps.onSaveStatus(context.senderId, status)
    },
    [IpcChannels.setLanguage]: (_context, args) => {
      const [labels] = parse(IpcChannels.setLanguage, args)
      deps.onSetLanguage?.(labels)
    },
  }
}

/** The parts of an IpcMainInvokeEvent we read; senderFrame is null once the frame navigated away or was destroyed. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null
  readonly sender: { readonly id: number }
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void
}

export interface RegisterIpcOptions {
  readonly isTrustedSender: (frame: { readonly url: string } | null | undefined) => boolean
}

export function createTrustedSenderCheck(origins: ReadonlySet<string>): RegisterIpcOptions['isTrustedSender'] {
  return (frame) => frame != null && isTrustedOrigin(frame.url, origins)
}

function senderFrameOf(event: InvokeEventLike): { readonly url: string } | null {
  try {
    return event.senderFrame
  } catch {
    // Reading senderFrame of a frame that is being torn down can throw; that is an untrusted sender.
    return null
  }
}

/** Registers a handler table (this file's, or another with the same checks, such as the file channels'). */
export function registerIpc(ipcMain: IpcMainLike, handlers: Readonly<Record<string, IpcHandler>>, options: RegisterIpcOptions): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args) => {
      const frame = senderFrameOf(event)
      if (!options.isTrustedSender(frame)) {
        throw new Error(`IPC ${channel}: refused, sender ${frame ? `origin ${JSON.stringify(frame.url)}` : 'frame is gone'} is not the app`)
      }
      return handler({ senderId: event.sender.id }, args)
    })
  }
}
