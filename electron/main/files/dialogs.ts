import { join } from 'node:path'
import en from '../../../src/i18n/locales/en.json'
import type { ExportKind, FileDialogLabelKey, OpenPurpose, VisualExportKind } from '../../shared/ipc'
import { fileDialogLabel } from '../menuLabels'
import type { FileDialogs } from './fileService'

interface FileFilter {
  readonly name: string
  readonly extensions: string[]
}

/** The two Electron dialog calls used, typed by shape so this module never imports electron. */
export interface DialogApi {
  showOpenDialog(options: { title?: string; defaultPath?: string; properties: ['openFile']; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: { title?: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>
}

// Filter names come from the English catalogue for now; the page sends menu words only.
const FILTERS: Readonly<Record<ExportKind | 'importable' | 'all' | VisualExportKind, FileFilter>> = {
  journey: { name: en.files.dialog.journeyFiles, extensions: ['journey', 'json'] },
  csv: { name: en.files.dialog.csvFiles, extensions: ['csv'] },
  md: { name: en.files.dialog.markdownFiles, extensions: ['md'] },
  png: { name: en.files.dialog.pngFiles, extensions: ['png'] },
  svg: { name: en.files.dialog.svgFiles, extensions: ['svg'] },
  pdf: { name: en.files.dialog.pdfFiles, extensions: ['pdf'] },
  importable: { name: en.files.dialog.importFiles, extensions: ['journey', 'json', 'csv', 'mmd', 'mermaid', 'md', 'txt'] },
  all: { name: en.files.dialog.allFiles, extensions: ['*'] },
}

/** Open and save dialogs that start in the person's documents folder. */
export function createFileDialogs(api: DialogApi, documentsFolder: () => string): FileDialogs {
  return {
    async pickOpen(purpose: OpenPurpose) {
      const first = purpose === 'open' ? FILTERS.journey : purpose === 'planCsv' ? FILTERS.csv : FILTERS.importable
      const filters = [first, FILTERS.all]
      const { canceled, filePaths } = await api.showOpenDialog({ defaultPath: documentsFolder(), properties: ['openFile'], filters: filters.map(copy) })
      return canceled ? null : (filePaths[0] ?? null)
    },
    async pickSave(suggestedName: string, kind: ExportKind | VisualExportKind) {
      const { canceled, filePath } = await api.showSaveDialog({ defaultPath: join(documentsFolder(), suggestedName), filters: [copy(FILTERS[kind])] })
      return canceled || !filePath ? null : filePath
    },
  }
}

function copy(filter: FileFilter): FileFilter {
  // The interface language's name for this file type, once the page has sent it (app:set-language).
  const key = (Object.keys(en.files.dialog) as FileDialogLabelKey[]).find((k) => en.files.dialog[k] === filter.name)
  return { name: key ? fileDialogLabel(key, filter.name) : filter.name, extensions: [...filter.extensions] }
}
