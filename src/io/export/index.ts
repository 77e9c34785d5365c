// Loaded on demand (dynamic import) by the export dialog: none of this is on the app's first load.
export { runVisualExport, type VisualExportContext, type VisualExportOptions } from './visualExport'
export { ExportCancelled, type ExportProgress } from './progress'
export type { ExportScope } from './frame'
export type { PaperSize } from './pages'
