import { createInstance, type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { i18nFormatter } from '../../../src/i18n/format'
import { isolated, ISOLATION_MARKS, withoutIsolation } from '../../../src/i18n/isolated'
import en from '../../../src/i18n/locales/en.json'
import fa from '../../../src/i18n/locales/fa.json'

/** The app's i18next set-up (its formatter, always formatting) in one language. */
async function translator(language: 'en' | 'fa'): Promise<TFunction> {
  const i18n = createInstance()
  await i18n.use(i18nFormatter).init({
    resources: { en: { translation: en }, fa: { translation: fa } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false, alwaysFormat: true },
  })
  return i18n.getFixedT(language)
}

let faT: TFunction
let enT: TFunction
beforeAll(async () => {
  faT = await translator('fa')
  enT = await translator('en')
})

// A title quoted in a Persian sentence ("«Pay (2 min).» به سطل زباله رفت.") keeps its full stop inside the
// quotes only when it is isolated; without, the stop jumps to the title's other end.
describe('a person’s words inside a sentence', () => {
  it('are isolated in their own direction', () => {
    expect(isolated('Pay (2 min).')).toBe('\u2068Pay (2 min).\u2069')
  })

  it('are isolated by t() itself, in every sentence that quotes them', () => {
    expect(faT('notices.mapTrashed', { title: 'Pay (2 min).' })).toBe('«\u2068Pay (2 min).\u2069» به سطل زباله رفت.')
    expect(faT('maps.actions', { title: 'Pay (2 min).' })).toBe('کارهای «\u2068Pay (2 min).\u2069»')
    expect(enT('workshops.purgeConfirm', { title: 'پرداخت (۲ دقیقه).' })).toBe('Delete “\u2068پرداخت (۲ دقیقه).\u2069” and all its maps for good? This cannot be undone.')
  })

  it('leaves numbers to the formatter (Persian digits, no marks)', () => {
    expect(faT('maps.newTitle', { n: 3 })).not.toMatch(ISOLATION_MARKS)
    expect(faT('maps.newTitle', { n: 3 })).toContain('۳')
  })

  it('keeps text that is stored or leaves the app exactly as given', () => {
    const copy = withoutIsolation(faT)('maps.copyTitle', { title: 'Pay (2 min).' })
    expect(copy).toBe('Pay (2 min). (رونوشت)')
    expect(copy).not.toMatch(ISOLATION_MARKS)
    // The option does not stick: the next sentence shown is isolated again.
    expect(faT('maps.copyTitle', { title: 'Pay (2 min).' })).toBe('\u2068Pay (2 min).\u2069 (رونوشت)')
  })
})
