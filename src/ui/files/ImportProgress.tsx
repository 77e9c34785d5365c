import { useTranslation } from 'react-i18next'
import { IMPORT_PHASES, type ImportPhase } from '../../io/importJob'

/**
 * Where a running import is: the phase in words and a bar over the phases. The bar moves by
 * phase, not by bytes: parsing and checking are single calls in the worker that cannot report
 * partway, and a bar that pretended to know more would lie about the slow part.
 */
export function ImportProgress({ name, phase }: { name: string; phase: ImportPhase }) {
  const { t } = useTranslation()
  const step = IMPORT_PHASES.indexOf(phase)
  return (
    <div className="form" data-testid="import-progress" data-phase={phase}>
      <progress max={IMPORT_PHASES.length} value={step + 0.5} aria-label={t('import.progressLabel', { name })} style={{ width: '100%' }} />
      <p className="muted" aria-live="polite">
        {t(`import.phase.${phase}`, { name, step: step + 1, total: IMPORT_PHASES.length })}
      </p>
    </div>
  )
}
