import { useTranslation } from 'react-i18next'
import { changeLanguage, detectLanguage, i18n, LANGUAGE_NAMES, LANGUAGES, systemLanguages, type Language } from '../../i18n'
import { Dialog } from '../Dialog'
import { useWorkspace } from '../WorkspaceContext'

/** App-wide choices. For now the interface language, which applies at once and is remembered. */
export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n: instance } = useTranslation()
  const workspace = useWorkspace()
  const current = instance.language
  const system = detectLanguage(systemLanguages())

  const choose = async (language: Language) => {
    await changeLanguage(language)
    await workspace.saveLanguage(language)
  }

  return (
    <Dialog
      open={open}
      title={t('settings.title')}
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      }
    >
      <fieldset className="settings-languages">
        <legend>{t('settings.language')}</legend>
        {LANGUAGES.map((language) => (
          // Each name is written in its own language and direction, whatever the interface is in.
          <label key={language} className="choice-card settings-language" lang={language} dir={i18n.dir(language)}>
            <input type="radio" name="language" value={language} checked={current === language} onChange={() => void choose(language)} />
            <span>{LANGUAGE_NAMES[language]}</span>
          </label>
        ))}
        <p className="muted settings-hint">{t('settings.languageHint')}</p>
        <p className="muted settings-hint">{t('settings.systemLanguage', { name: LANGUAGE_NAMES[system] })}</p>
      </fieldset>
    </Dialog>
  )
}
