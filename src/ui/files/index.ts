export { FilesHost } from './FilesHost'
export { openExportDialog, openImportDialog } from './fileActions'
export { RecentFiles } from './RecentFiles'
