import { useTranslation } from 'react-i18next'

/**
 * "Show the personas" for a map picture: a strip of the map's personas under the title. Offered
 * only when the map shows personas in its header; otherwise it says why it is off and where to
 * put personas on the map.
 */
export function PersonaStripField({ idPrefix, available, checked, onChange }: { idPrefix: string; available: boolean; checked: boolean; onChange: (show: boolean) => void }) {
  const { t } = useTranslation()
  const hint = `${idPrefix}-personas-hint`
  return (
    <div className="field export-personas">
      <label>
        <input type="checkbox" checked={available && checked} disabled={!available} aria-describedby={hint} onChange={(e) => onChange(e.target.checked)} />
        {t('export.personas')}
      </label>
      <p id={hint} className="muted">
        {available ? t('export.personasHint') : t('export.personasNone')}
      </p>
    </div>
  )
}
