import type { i18n as I18n, TFunction } from 'i18next'
import { useMemo, useSyncExternalStore } from 'react'
import { getI18n } from 'react-i18next'

function onLanguageChange(changed: () => void): () => void {
  const i18n = getI18n()
  i18n.on('languageChanged', changed)
  return () => i18n.off('languageChanged', changed)
}

const currentLanguage = () => getI18n().language

/**
 * What useTranslation gives (the interface language's `t`, and the instance), for components that
 * render often: the board's layers at every stretch of a pan. react-i18next's hook rebuilds its
 * options and snapshot function and checks the loaded namespaces at every render, ~0.2 ms each
 * time (a profile of the pan bench at 10,000 cards: 116 ms of its React work). This one renders
 * again only when the language changes, as that hook does by default; the catalogues are bundled,
 * so there is nothing to wait for.
 */
export function useStableTranslation(): { t: TFunction; i18n: I18n } {
  const language = useSyncExternalStore(onLanguageChange, currentLanguage)
  return useMemo(() => ({ t: getI18n().getFixedT(language), i18n: getI18n() }), [language])
}
