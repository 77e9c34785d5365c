import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from './locales/en.json'
import enBoard from './locales/en.board.json'

export const LANGUAGES = ['en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Keeps the page's language and writing direction in step with the interface language. */
function applyDocumentLanguage(lng: string): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = lng
  document.documentElement.dir = i18n.dir(lng)
}

export async function initI18n(lng: Language = 'en'): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyDocumentLanguage)
    await i18n.use(initReactI18next).init({
      resources: { en: { translation: { ...en, board: enBoard } } },
      lng,
      fallbackLng: 'en',
      // React escapes text itself; escaping here would double-escape "&" in titles.
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    applyDocumentLanguage(lng)
  }
  return i18n
}

export { i18n }
