/** The interface languages, in the order Settings lists them. */
export const LANGUAGES = ['en', 'tr', 'fa', 'nb'] as const
export type Language = (typeof LANGUAGES)[number]

/**
 * Each language named in itself, so a person who cannot read the current interface still finds
 * their own. These are names, not UI text, which is why they live outside the catalogues.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  tr: 'Türkçe',
  fa: 'فارسی',
  nb: 'Norsk bokmål',
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The interface language for a list of system languages (navigator.languages), best first.
 * Norwegian in any form (no, nb, nn) gets Bokmål: it is the written standard most Norwegians read.
 */
export function detectLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0] ?? ''
    if (primary === 'tr') return 'tr'
    if (primary === 'fa' || primary === 'prs') return 'fa'
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb'
    if (primary === 'en') return 'en'
  }
  return 'en'
}

/** The system's languages, or none outside a browser. */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : []
}
