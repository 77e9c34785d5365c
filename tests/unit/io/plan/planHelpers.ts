import { createInstance } from 'i18next'
import type { Action, ActionId, CardId, MapId } from '../../../../src/domain'
import { i18nFormatter } from '../../../../src/i18n/format'
import { withoutIsolation } from '../../../../src/i18n/isolated'
import en from '../../../../src/i18n/locales/en.plan.json'
import fa from '../../../../src/i18n/locales/fa.plan.json'
import nb from '../../../../src/i18n/locales/nb.plan.json'
import tr from '../../../../src/i18n/locales/tr.plan.json'
import type { Translate } from '../../../../src/io/plan/source'

/** The app's own translator for one language (its catalogues, plural rules and number formatting), as the UI passes it to an export: values unmarked. */
export async function translator(language: 'en' | 'tr' | 'fa' | 'nb'): Promise<Translate> {
  const i18n = createInstance()
  await i18n.use(i18nFormatter).init({
    resources: { en: { translation: { plan: en } }, tr: { translation: { plan: tr } }, fa: { translation: { plan: fa } }, nb: { translation: { plan: nb } } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false, alwaysFormat: true },
  })
  return withoutIsolation(i18n.getFixedT(language))
}

let counter = 0

export function action(mapId: MapId, fields: Partial<Action> = {}): Action {
  counter++
  return {
    id: `action-${counter}` as ActionId,
    mapId,
    title: `Action ${counter}`,
    deliverable: '',
    cardIds: [] as CardId[],
    owner: '',
    due: '',
    status: 'idea',
    impact: 3,
    effort: 3,
    automation: 'no',
    automationNote: '',
    votes: 0,
    createdAt: 1_700_000_000_000 + counter,
    ...fields,
  }
}

/** A counter for new ids, so results compare exactly. */
export function idMaker(prefix = 'new'): () => ActionId {
  let n = 0
  return () => `${prefix}-${++n}` as ActionId
}
