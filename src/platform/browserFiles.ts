import { MAX_FILE_BYTES, type ExportKind, type VisualExportKind, type JourneyboardBridge, type OpenFileResult, type OpenPurpose, type RecentFileEntry, type SaveFileResult } from '../../electron/shared/ipc'

/** Files as the page sees them: native dialogs in the app, a download and a file picker in a browser. */
export interface PlatformFiles {
  /** True where files are real files with paths (Save writes back to the same one). */
  readonly native: boolean
  open(purpose: OpenPurpose): Promise<OpenFileResult>
  /** Writes back to the file behind `token`; without one (or in a browser) it is Save As. */
  save(token: string | null, suggestedName: string, text: string): Promise<SaveFileResult>
  saveAs(suggestedName: string, text: string): Promise<SaveFileResult>
  exportFile(kind: ExportKind, suggestedName: string, text: string): Promise<SaveFileResult>
  /** A picture (PNG, SVG, PDF): the save dialog in the app, a download in a browser. */
  exportBytes(kind: VisualExportKind, suggestedName: string, bytes: Uint8Array<ArrayBuffer>): Promise<SaveFileResult>
  recent(): Promise<RecentFileEntry[]>
  openRecent(id: string): Promise<OpenFileResult>
  takePending(): Promise<OpenFileResult[]>
  onPending(listener: () => void): () => void
  backup(mapId: string, title: string, text: string): Promise<void>
}

export function nativeFiles(bridge: JourneyboardBridge): PlatformFiles {
  return {
    native: true,
    open: (purpose) => bridge.openFile(purpose),
    save: (token, name, text) => (token ? bridge.saveFile(token, text) : bridge.saveFileAs(name, text)),
    saveAs: (name, text) => bridge.saveFileAs(name, text),
    exportFile: (kind, name, text) => bridge.exportFile(kind, name, text),
    exportBytes: (kind, name, bytes) => bridge.exportBytes(kind, name, bytes),
    recent: () => bridge.recentFiles(),
    openRecent: (id) => bridge.openRecentFile(id),
    takePending: () => bridge.takePendingFiles(),
    onPending: (listener) => bridge.onFilesPending(listener),
    backup: (mapId, title, text) => bridge.backupMap(mapId, title, text),
  }
}

const ACCEPT: Record<OpenPurpose, string> = {
  open: '.journey,.json,application/json',
  import: '.journey,.json,.csv,.mmd,.mermaid,.md,.txt,application/json,text/csv,text/plain',
  planCsv: '.csv,text/csv',
}
const MIME: Record<ExportKind, string> = { journey: 'application/json', csv: 'text/csv', md: 'text/markdown' }
const PICTURE_MIME: Record<VisualExportKind, string> = { png: 'image/png', svg: 'image/svg+xml', pdf: 'application/pdf' }

/** A browser has no paths: Save and Export download the file, Open is a file picker. */
export function browserFiles(): PlatformFiles {
  const download = async (kind: ExportKind, name: string, text: string): Promise<SaveFileResult> => downloadBlob(new Blob([text], { type: `${MIME[kind]};charset=utf-8` }), name)
  const downloadBlob = async (blob: Blob, name: string): Promise<SaveFileResult> => {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = name
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    // The download has started from the URL by the next task; revoking later frees the memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { kind: 'saved', token: '', name }
  }
  return {
    native: false,
    open: (purpose) => pickFile(ACCEPT[purpose]),
    save: (_token, name, text) => download('journey', name, text),
    saveAs: (name, text) => download('journey', name, text),
    exportFile: download,
    exportBytes: (kind, name, bytes) => downloadBlob(new Blob([bytes], { type: PICTURE_MIME[kind] }), name),
    recent: async () => [],
    openRecent: async () => ({ kind: 'cancelled' }),
    takePending: async () => [],
    onPending: () => () => undefined,
    backup: async () => undefined,
  }
}

/** Reads a file the person picked or dropped, refusing one too large before reading it. */
export async function readPickedFile(file: File): Promise<OpenFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { kind: 'failed', name: file.name, error: { kind: 'tooLarge', message: `${file.size} bytes`, limit: MAX_FILE_BYTES, found: file.size } }
  }
  try {
    const text = await file.text()
    return { kind: 'opened', file: { token: '', name: file.name, text: text.startsWith('\uFEFF') ? text.slice(1) : text } }
  } catch (error) {
    return { kind: 'failed', name: file.name, error: { kind: 'io', message: error instanceof Error ? error.message : String(error) } }
  }
}

function pickFile(accept: string): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      resolve(file ? readPickedFile(file) : { kind: 'cancelled' })
    })
    // Chromium and Firefox fire "cancel" when the picker closes without a choice.
    input.addEventListener('cancel', () => resolve({ kind: 'cancelled' }))
    input.click()
  })
}
