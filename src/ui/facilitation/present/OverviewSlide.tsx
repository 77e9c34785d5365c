import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { EMOTION_MAX, EMOTION_MIN } from '../../../domain/types'
import { formatNumber } from '../../../i18n'
import type { CurvePoint, OverviewSlide as Overview } from './slides'

const WIDTH = 100
const HEIGHT = 40
const PAD = 4

/** One curve as an SVG path through the steps that have a point; gaps where a step has none. */
function pathOf(points: readonly CurvePoint[], pick: (p: CurvePoint) => number | null): string {
  const x = (i: number) => ((i + 0.5) / points.length) * WIDTH
  const y = (v: number) => PAD + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (HEIGHT - 2 * PAD)
  let d = ''
  let drawing = false
  points.forEach((point, i) => {
    const v = pick(point)
    if (v === null) {
      drawing = false
      return
    }
    d += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `
    drawing = true
  })
  return d.trim()
}

/** The shared emotion curve of one stage (felt solid, intended dashed) over its steps, on a zero line. */
export function EmotionCurve({ points }: { points: readonly CurvePoint[] }) {
  const { t } = useTranslation()
  const felt = pathOf(points, (p) => p.felt)
  const intended = pathOf(points, (p) => p.intended)
  if (!felt && !intended) return <p className="present-empty present-hint">{t('present.noEmotion')}</p>
  const dots = points.flatMap((p, i) => (p.felt === null ? [] : [{ i, v: p.felt }]))
  return (
    <svg className="present-curve" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={t('present.emotion')} data-testid="present-curve">
      <line x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#9ca3af" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="2 3" />
      {intended ? <path d={intended} fill="none" stroke="#9333ea" strokeWidth={3} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" /> : null}
      {felt ? <path d={felt} fill="none" stroke="#2563eb" strokeWidth={4} vectorEffect="non-scaling-stroke" strokeLinejoin="round" /> : null}
      {dots.map(({ i, v }) => (
        <line
          key={i}
          x1={((i + 0.5) / points.length) * WIDTH}
          x2={((i + 0.5) / points.length) * WIDTH}
          y1={PAD + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (HEIGHT - 2 * PAD)}
          y2={PAD + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (HEIGHT - 2 * PAD)}
          stroke="#2563eb"
          strokeWidth={10}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </svg>
  )
}

/** The whole map at a glance: stages as columns with their steps, cards per lane and the emotion curve. */
export function OverviewSlideView({ slide }: { slide: Overview }) {
  const { t, i18n } = useTranslation()
  const dir = i18n.dir(i18n.language)
  const hasCurve = slide.stages.some((s) => s.curve.some((p) => p.felt !== null || p.intended !== null))
  return (
    <div className="present-slide">
      <div className="present-heading">
        <h1>{t('present.overview')}</h1>
      </div>
      {slide.stages.length === 0 ? <p className="present-empty">{t('present.noStages')}</p> : null}
      <div className="present-overview" data-testid="present-overview">
        {slide.stages.map(({ stage, steps, counts, curve }) => (
          <section key={stage.id} className="present-overview__stage" dir={dir} style={{ '--stage-color': stage.color } as CSSProperties}>
            <h2 className="present-overview__title" dir="auto">
              {stage.title}
            </h2>
            {steps.length > 0 ? (
              <ol className="present-overview__steps">
                {(slide.direction === 'rtl' ? [...steps].reverse() : steps).map((step) => (
                  <li key={step.id} dir="auto">
                    {step.title}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="present-empty present-hint">{t('present.noSteps')}</p>
            )}
            {counts.length > 0 ? (
              <dl className="present-overview__counts">
                {counts.map(({ lane, count }) => (
                  <div key={lane.id} style={{ display: 'contents' }}>
                    <dt dir="auto">{lane.title}</dt>
                    <dd>{formatNumber(count, i18n.language)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="present-empty present-hint">{t('present.noCards')}</p>
            )}
            {hasCurve ? <EmotionCurve points={curve} /> : null}
          </section>
        ))}
      </div>
      {hasCurve ? (
        <div className="present-curve-legend" dir={dir}>
          <span>{t('present.felt')}</span>
          <span className="present-curve-legend__intended">{t('present.intended')}</span>
        </div>
      ) : null}
    </div>
  )
}
