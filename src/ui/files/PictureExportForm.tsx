import { useId, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { VisualExportKind } from '../../../electron/shared/ipc'
import type { StageId } from '../../domain'
import { gridLayout } from '../../domain/layout'
import type { ExportScope } from '../../io/export/frame'
import { personaStripSource } from '../../io/export/personaStrip'
import { exportPreview } from '../../io/export/preview'
import { createCanvasTextWidth } from '../../drawing/textMeasure'
import { useAppStore } from '../../store'
import { countCutCards, countCutTitles } from './cutCards'
import { ExportPreview } from './ExportPreview'
import { PersonaStripField } from './PersonaStripField'
import type { VisualExportOptions } from './pictureExport'
import { DEFAULT_PICTURE_OPTIONS, PictureOptionFields, type PictureOptions } from './PictureOptionFields'

type ScopeKind = ExportScope['kind']

const KINDS = ['png', 'svg', 'pdf'] as const

/**
 * The picture half of the export dialog: a live preview on top, then the format, what to show and
 * the format's own options (PictureOptionFields: a new option goes there and reaches the preview
 * through VisualExportOptions), and the footer with Export. `aside` is shown beside the options.
 */
export function PictureExportForm({ initialKind, onRun, onClose, aside }: { initialKind: VisualExportKind; onRun: (options: VisualExportOptions) => void; onClose: () => void; aside?: ReactNode }) {
  const { t } = useTranslation()
  const id = useId()
  const doc = useAppStore((s) => s.doc)
  const selection = useAppStore((s) => s.selection)
  const [kind, setKind] = useState<VisualExportKind>(initialKind)
  const [scopeKind, setScopeKind] = useState<ScopeKind>('map')
  const [stageId, setStageId] = useState<StageId | ''>('')
  const [picture, setPicture] = useState<PictureOptions>(DEFAULT_PICTURE_OPTIONS)
  // On by default when the map shows personas in its header; the person's own choice wins once made.
  const [personasChoice, setPersonasChoice] = useState<boolean | null>(null)
  const hasPersonas = (doc?.map.personaIds.length ?? 0) > 0
  const personas = personasChoice ?? hasPersonas
  const dispatch = useAppStore((s) => s.dispatch)
  // An export draws cards as the board does; with compact cards it says how many are cut, and offers the fix.
  const measure = useMemo(() => createCanvasTextWidth(), [])
  const cut = useMemo(() => (doc ? countCutCards(doc, measure) : 0), [doc, measure])
  const stages = useMemo(() => (doc ? gridLayout(doc).stages.map((b) => ({ id: b.stageId, title: doc.stages[b.stageId]?.title || t('board.untitledStage') })) : []), [doc, t])
  const chosenStage = stageId || stages[0]?.id || ''
  // One object per choice, so the preview redraws when the choice changes and not on every render.
  const scope = useMemo<ExportScope>(
    () => (scopeKind === 'selection' ? { kind: 'selection', ids: selection } : scopeKind === 'stage' && chosenStage ? { kind: 'stage', stageId: chosenStage } : { kind: 'map' }),
    [scopeKind, selection, chosenStage],
  )
  const options = useMemo<VisualExportOptions>(() => ({ kind, scope, ...picture, personas }), [kind, scope, picture, personas])
  if (!doc) return null
  const size = exportPreview(doc, scope, picture.scale, picture.paper, { measure, untitled: t('board.untitledStage') }, personaStripSource(doc, personas, t('people.unnamed'), measure))
  // A stage or step name that two lines of its header cannot hold is cut in the export as on the board: said here too.
  // A PDF's pages may split a stage's band: its name is counted as the pages show it.
  const cutHeaders = countCutTitles(doc, { stage: t('board.untitledStage'), step: t('board.untitledStep'), laneKind: (kind) => t(`board.laneKinds.${kind}`) }, measure, kind === 'pdf' ? size?.stageParts : undefined)
  const summary = !size ? null : kind === 'pdf' ? t('export.pageCount', { count: size.pages }) : kind === 'png' ? t('export.pixelSize', { width: size.width, height: size.height }) : t('export.svgSummary')
  const field = (name: string) => `${id}-${name}`
  return (
    <div className="export-form" data-testid="picture-export">
      <ExportPreview doc={doc} options={options} summary={summary} />
      <div className="export-columns">
        <div className="form">
          <fieldset className="export-kinds">
            <legend>{t('export.format')}</legend>
            {KINDS.map((k) => (
              <label key={k} className="choice-card export-kind">
                <input type="radio" name={field('kind')} value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span>
                  <span className="export-kind-name">{t(`export.${k}`)}</span>
                  <span className="muted export-kind-hint">{t(`export.${k}Hint`)}</span>
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
          <PersonaStripField idPrefix={id} available={hasPersonas} checked={personas} onChange={setPersonasChoice} />
          <PictureOptionFields kind={kind} idPrefix={id} value={picture} onChange={setPicture} />
          {cut > 0 && (
            <p className="muted" data-testid="export-cut-cards">
              {t('export.cutCards', { count: cut })}{' '}
              <button type="button" className="button" onClick={() => dispatch({ type: 'setCardText', mode: 'fit' })}>
                {t('export.fitCards')}
              </button>
            </p>
          )}
          {cutHeaders > 0 && (
            <p className="muted" data-testid="export-cut-headers">
              {t('export.cutHeaders', { count: cutHeaders })}
            </p>
          )}
          {scopeKind === 'selection' && selection.length === 0 && <p className="field-error">{t('export.nothingSelected')}</p>}
        </div>
        {aside}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('export.close')}
        </button>
        <button type="button" className="button button--primary" disabled={!size} onClick={() => onRun(options)}>
          {t('export.run')}
        </button>
      </div>
    </div>
  )
}
