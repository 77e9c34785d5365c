import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisualExportKind } from '../../../electron/shared/ipc'
import type { StageId } from '../../domain'
import { gridLayout } from '../../domain/layout'
import type { ExportScope } from '../../io/export/frame'
import type { PaperSize } from '../../io/export/pages'
import { exportPreview } from '../../io/export/preview'
import { useAppStore } from '../../store'
import type { VisualExportOptions } from './pictureExport'

type ScopeKind = ExportScope['kind']
const PAPERS: readonly PaperSize[] = ['a4', 'a3', 'letter', 'fit']
const PAPER_KEY: Record<PaperSize, string> = { a4: 'export.paperA4', a3: 'export.paperA3', letter: 'export.paperLetter', fit: 'export.paperFit' }

/** The picture half of the export dialog: format, what to show, and the format's own options. */
export function PictureExportForm({ initialKind, onRun }: { initialKind: VisualExportKind; onRun: (options: VisualExportOptions) => void }) {
  const { t } = useTranslation()
  const id = useId()
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const [kind, setKind] = useState<VisualExportKind>(initialKind)
  const [scopeKind, setScopeKind] = useState<ScopeKind>('map')
  const [stageId, setStageId] = useState<StageId | ''>('')
  const [scale, setScale] = useState<1 | 2 | 3>(2)
  const [transparent, setTransparent] = useState(false)
  const [paper, setPaper] = useState<PaperSize>('a4')
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
      {kind === 'png' && (
        <div className="field">
          <label htmlFor={field('scale')}>{t('export.scale')}</label>
          <select id={field('scale')} value={scale} onChange={(e) => setScale(Number(e.target.value) as 1 | 2 | 3)}>
            {[1, 2, 3].map((s) => (
              <option key={s} value={s}>{`${s}×`}</option>
            ))}
          </select>
        </div>
      )}
      {kind !== 'pdf' && (
        <div className="field">
          <label htmlFor={field('background')}>{t('export.background')}</label>
          <select id={field('background')} value={transparent ? 'transparent' : 'white'} onChange={(e) => setTransparent(e.target.value === 'transparent')}>
            <option value="white">{t('export.white')}</option>
            <option value="transparent">{t('export.transparent')}</option>
          </select>
        </div>
      )}
      {kind === 'pdf' && (
        <div className="field">
          <label htmlFor={field('paper')}>{t('export.paper')}</label>
          <select id={field('paper')} value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {PAPERS.map((p) => (
              <option key={p} value={p}>
                {t(PAPER_KEY[p])}
              </option>
            ))}
          </select>
        </div>
      )}
      {preview && (
        <p className="muted" data-testid="export-preview">
          {kind === 'pdf' ? t('export.pageCount', { count: preview.pages }) : kind === 'png' ? t('export.pixelSize', { width: preview.width, height: preview.height }) : null}
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
