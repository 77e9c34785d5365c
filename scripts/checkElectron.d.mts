export declare const ELECTRON_MISSING: readonly string[]

export interface CheckElectronDeps {
  /** The binary's path; throws when it is missing and cannot be downloaded. */
  readonly locate: () => string
  readonly exists: (path: string) => boolean
  readonly report: (lines: readonly string[]) => void
}

export declare function checkElectron(deps?: CheckElectronDeps): 0 | 1
