export interface ExportProgress {
  readonly done: number
  readonly total: number
}

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled')
    this.name = 'ExportCancelled'
  }
}
