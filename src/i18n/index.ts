import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { platform } from '../platform'
import { i18nFormatter } from './format'
import { detectLanguage, isLanguage, LANGUAGES, systemLanguages, type Language } from './languages'
import { nativeLabels } from './native'
import en from './locales/en.json'
import enBoard from './locales/en.board.json'
import enRoom from './locales/en.room.json'
import enFacilitation from './locales/en.facilitation.json'
import enTimer from './locales/en.timer.json'
import enAgenda from './locales/en.agenda.json'
import enVote from './locales/en.vote.json'
import enPresent from './locales/en.present.json'
import enPlan from './locales/en.plan.json'
import fa from './locales/fa.json'
import faBoard from './locales/fa.board.json'
import faRoom from './locales/fa.room.json'
import faFacilitation from './locales/fa.facilitation.json'
import faTimer from './locales/fa.timer.json'
import faAgenda from './locales/fa.agenda.json'
import faVote from './locales/fa.vote.json'
import faPresent from './locales/fa.present.json'
import faPlan from './locales/fa.plan.json'
import nb from './locales/nb.json'
import nbBoard from './locales/nb.board.json'
import nbRoom from './locales/nb.room.json'
import nbFacilitation from './locales/nb.facilitation.json'
import nbTimer from './locales/nb.timer.json'
import nbAgenda from './locales/nb.agenda.json'
import nbVote from './locales/nb.vote.json'
import nbPresent from './locales/nb.present.json'
import nbPlan from './locales/nb.plan.json'
import tr from './locales/tr.json'
import trBoard from './locales/tr.board.json'
import trRoom from './locales/tr.room.json'
import trFacilitation from './locales/tr.facilitation.json'
import trTimer from './locales/tr.timer.json'
import trAgenda from './locales/tr.agenda.json'
import trVote from './locales/tr.vote.json'
import trPresent from './locales/tr.present.json'
import trPlan from './locales/tr.plan.json'

export { detectLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, systemLanguages, type Language } from './languages'
export { formatDateTime, formatDay, formatDuration, formatNumber, formatPercent } from './format'

/**
 * Each language's catalogue; the board's keys, the room's and facilitation's (timer, agenda, vote, present) and the action plan's
 * live in their own files (merged under their names) so work on each edits apart.
 */
export const resources = {
  en: { translation: { ...en, board: enBoard, room: enRoom, facilitation: enFacilitation, timer: enTimer, agenda: enAgenda, vote: enVote, present: enPresent, plan: enPlan } },
  tr: { translation: { ...tr, board: trBoard, room: trRoom, facilitation: trFacilitation, timer: trTimer, agenda: trAgenda, vote: trVote, present: trPresent, plan: trPlan } },
  fa: { translation: { ...fa, board: faBoard, room: faRoom, facilitation: faFacilitation, timer: faTimer, agenda: faAgenda, vote: faVote, present: faPresent, plan: faPlan } },
  nb: { translation: { ...nb, board: nbBoard, room: nbRoom, facilitation: nbFacilitation, timer: nbTimer, agenda: nbAgenda, vote: nbVote, present: nbPresent, plan: nbPlan } },
} as const satisfies Record<Language, unknown>

/** Keeps the page's language and writing direction, and main's menu and dialogs, in step with the interface language. */
function applyLanguage(lng: string): void {
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng
    document.documentElement.dir = i18n.dir(lng)
  }
  platform.setLanguage(nativeLabels(i18n.getFixedT(lng), lng))
}

/** Starts i18n in `lng`, or in the system's language when none is given (the saved choice is applied once storage opens). */
export async function initI18n(lng: Language = detectLanguage(systemLanguages())): Promise<typeof i18n> {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage)
    await i18n
      .use(initReactI18next)
      .use(i18nFormatter)
      .init({
        resources,
        lng,
        supportedLngs: LANGUAGES,
        fallbackLng: 'en',
        // Numbers in placeholders go through Intl for the language (Persian digits) without a format name.
        interpolation: { escapeValue: false, alwaysFormat: true },
        returnNull: false,
      })
    applyLanguage(i18n.language)
  }
  return i18n
}

/** Switches the whole interface at once; an unknown code is ignored rather than half-applied. */
export async function changeLanguage(lng: string): Promise<void> {
  if (!isLanguage(lng) || lng === i18n.language) return
  await i18n.changeLanguage(lng)
}

/** The interface language now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en'
}

/** The direction a new map takes: right-to-left while the interface is Persian. */
export function defaultMapDirection(): 'ltr' | 'rtl' {
  return i18n.dir(currentLanguage())
}

export { i18n }
