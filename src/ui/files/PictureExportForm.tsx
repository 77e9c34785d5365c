import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisualExportKind } from '../../../electron/shared/ipc'
import type { StageId } from '../../domain'
import { gridLayout } from '../../domain/layout'
import type { ExportScope } from '../../io/export/frame'
import { exportPreview } from '../../io/export/preview'
import { createCanvasTextWidth } from '../../drawing/textMeasure'
import { countCutCards } from './cutCards'
import { useAppStore } from '../../store'
import type { VisualExportOptions } from './pictureExport'
import { DEFAULT_PICTURE_OPTIONS, PictureOptionFields, type PictureOptions } from './PictureOptionFields'

type ScopeKind = ExportScope['kind']

/** The picture half of the export dialog: format, what to show, and the format's own options. */
export function PictureExportForm({ initialKind, onRun }: { initialKind: VisualExportKind; onRun: (options: VisualExportOptions) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const [kind, setKind] = useState<VisualExportKind>(initialKind)
  const [scopeKind, setScopeKind] = useState<ScopeKind>('map')
  const [stageId, setStageId] = useState<StageId | ''>('')
  const [picture, setPicture] = useState<PictureOptions>(DEFAULT_PICTURE_OPTIONS)
  const dispatch = useAppStore((s) => s.dispatch)
  // An export draws cards as the board does; with compact cards it says how many are cut, and offers the fix.
  const cut = useMemo(() => (doc ? countCutCards(doc, createCanvasTextWidth()) : 0), [doc])
  const { scale, transparent, paper } = picture
  if (!doc) return null
  const stages = gridLayout(doc).stages.map((b) => ({ id: b.stageId, title: doc.stages[b.stageId]?.title || t('board.untitledStage') }))
  const chosenStage = stageId || stages[0]?.id || ''
  const scope: ExportScope =
    scopeKind === 'selection' ? { kind: 'selection', ids: selection } : scopeKind === 'stage' && chosenStage ? { kind: 'stage', stageId: chosenStage } : { kind: 'map' }
  const preview = exportPreview(doc, scope, scale, paper)
  const options: VisualExportOptions = { kind, scope, scale, transparent, paper }
  const field = (name: string) => `${id}-${name}`
  return (
    <div className="form" data-testid="picture-export">
      <fieldset className="field">
        <legend>{t('export.format')}</legend>
        {(['png', 'svg', 'pdf'] as const).map((k) => (
          <label key={k} style={{ display: 'block' }}>
            <input type="radio" name={field('kind')} value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`export.${k}`)}
            <span className="muted" style={{ display: 'block', marginInlineStart: '1.6em' }}>
              {t(`export.${k}Hint`)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={field('scope')}>{t('export.scope')}</label>
        <select id={field('scope')} value={scopeKind} onChange={(e) => setScopeKind(e.target.value as ScopeKind)}>
          <option value="map">{t('export.scopeMap')}</option>
          <option value="selection" disabled={selection.length === 0}>
            {t('export.scopeSelection', { count: selection.length })}
          </option>
          <option value="stage" disabled={stages.length === 0}>
            {t('export.scopeStage')}
          </option>
        </select>
      </div>
      {scopeKind === 'stage' && (
        <div className="field">
          <label htmlFor={field('stage')}>{t('export.stage')}</label>
          <select id={field('stage')} value={chosenStage} onChange={(e) => setStageId(e.target.value as StageId)}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <PictureOptionFields kind={kind} idPrefix={id} value={picture} onChange={setPicture} />
      {preview && (
        <p className="muted" data-testid="export-preview">
          {kind === 'pdf' ? t('export.pageCount', { count: preview.pages }) : kind === 'png' ? t('export.pixelSize', { width: preview.width, height: preview.height }) : null}
        </p>
      )}
      {cut > 0 && (
        <p className="muted" data-testid="export-cut-cards">
          {t('export.cutCards', { count: cut })}{' '}
          <button type="button" className="button" onClick={() => dispatch({ type: 'setCardText', mode: 'fit' })}>
            {t('export.fitCards')}
          </button>
        </p>
      )}
      {scopeKind === 'selection' && selection.length === 0 && <p className="field-error">{t('export.nothingSelected')}</p>}
      <div>
        <button type="button" className="button button--primary" disabled={!preview} onClick={() => onRun(options)}>
          {t('export.run')}
        </button>
      </div>
    </div>
  )
}
