import en from '../../src/i18n/locales/en.json'
import enBoard from '../../src/i18n/locales/en.board.json'
import fa from '../../src/i18n/locales/fa.json'
import faBoard from '../../src/i18n/locales/fa.board.json'
import nb from '../../src/i18n/locales/nb.json'
import nbBoard from '../../src/i18n/locales/nb.board.json'
import tr from '../../src/i18n/locales/tr.json'
import trBoard from '../../src/i18n/locales/tr.board.json'

/** The app's catalogue (its shape is English's; the catalogue test keeps the others alike). */
export type Catalogue = typeof en

/** An interface language as a person picks it in Settings, with the catalogues to find its labels in. */
export interface Language {
  readonly code: 'en' | 'tr' | 'fa' | 'nb'
  readonly name: string
  readonly app: Catalogue
  readonly board: typeof enBoard
}

// Persian last, so its checks see a page that has already switched three times.
export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', app: en, board: enBoard },
  { code: 'tr', name: 'Türkçe', app: tr as Catalogue, board: trBoard as typeof enBoard },
  { code: 'nb', name: 'Norsk bokmål', app: nb as Catalogue, board: nbBoard as typeof enBoard },
  { code: 'fa', name: 'فارسی', app: fa as Catalogue, board: faBoard as typeof enBoard },
]
