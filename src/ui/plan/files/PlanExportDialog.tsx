import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../Dialog'
import { DEFAULT_PICTURE_OPTIONS, PictureOptionFields, type PictureOptions } from '../../files/PictureOptionFields'
import { PLAN_EXPORT_KINDS, type PlanExportKind, type PlanExportOptions } from './planExport'


interface PlanExportDialogProps {
  readonly open: boolean
  /** Every action of the map. */
  readonly total: number
  /** How many the plan's filter shows; null when no filter is set. */
  readonly shown: number | null
  readonly onClose: () => void
  readonly onRun: (options: PlanExportOptions, onlyShown: boolean) => void
}

/**
 * The plan's export choices: the format, that format's own options, and whether to export only
 * what the filter shows. The whole plan is the default, since a file is usually meant for people
 * who did not set the filter; the filtered part is one tick away.
 */
export function PlanExportDialog({ open, total, shown, onClose, onRun }: PlanExportDialogProps) {
  const { t } = useTranslation()
  const id = useId()
  const [kind, setKind] = useState<PlanExportKind>('csv')
  const [picture, setPicture] = useState<PictureOptions>(DEFAULT_PICTURE_OPTIONS)
  const [onlyShown, setOnlyShown] = useState(false)
  const count = shown !== null && onlyShown ? shown : total
  const field = (name: string) => `${id}-${name}`
  return (
    <Dialog
      open={open}
      title={t('plan.export.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('plan.export.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => onRun({ kind, ...picture }, shown !== null && onlyShown)}>
            {t('plan.export.run')}
          </button>
        </>
      }
    >
      <div className="form" data-testid="plan-export">
        <fieldset className="field">
          <legend>{t('plan.export.format')}</legend>
          {PLAN_EXPORT_KINDS.map((k) => (
            <label key={k} style={{ display: 'block' }}>
              <input type="radio" name={field('kind')} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`plan.export.kind.${k}`)}
              <span className="muted" style={{ display: 'block', marginInlineStart: '1.6em' }}>
                {t(`plan.export.hint.${k}`)}
              </span>
            </label>
          ))}
        </fieldset>
        {kind === 'csv' || kind === 'md' ? null : <PictureOptionFields kind={kind} idPrefix={id} value={picture} onChange={setPicture} />}
        {shown !== null && (
          <label className="field" style={{ display: 'block' }}>
            <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} /> {t('plan.export.onlyShown', { count: shown })}
          </label>
        )}
        <p className="muted" data-testid="plan-export-count">
          {t('plan.export.count', { count })}
        </p>
      </div>
    </Dialog>
  )
}
