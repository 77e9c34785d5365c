import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { EMOTION_MAX, EMOTION_MIN } from '../../../domain/types'
import { formatNumber } from '../../../i18n'
import type { CurvePoint, OverviewSlide as Overview } from './slides'

const WIDTH = 100
const HEIGHT = 40
const PAD = 4

const xAt = (i: number, n: number) => ((i + 0.5) / n) * WIDTH
const yAt = (v: number) => PAD + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (HEIGHT - 2 * PAD)

/** One curve as an SVG path through every step (unscored steps at neutral, as the board draws them). */
function pathOf(points: readonly CurvePoint[], pick: (p: CurvePoint) => number): string {
  return points.map((point, i) => `${i === 0 ? 'M' : 'L'}${xAt(i, points.length).toFixed(1)} ${yAt(pick(point)).toFixed(1)}`).join(' ')
}

/** The shared emotion curve of one stage (felt solid, intended dashed) over its steps, on a zero line. */
export function EmotionCurve({ points }: { points: readonly CurvePoint[] }) {
  const { t } = useTranslation()
  const felt = pathOf(points, (p) => p.felt)
  const intended = pathOf(points, (p) => p.intended)
  if (!points.some((p) => p.set)) return <p className="present-empty present-hint">{t('present.noEmotion')}</p>
  const dots = points.flatMap((p, i) => (p.set ? [{ i, v: p.felt }] : []))
  return (
    <svg className="present-curve" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={t('present.emotion')} data-testid="present-curve">
      <line x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="#9ca3af" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="2 3" />
      <path d={intended} fill="none" stroke="#9333ea" strokeWidth={3} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
      <path d={felt} fill="none" stroke="#2563eb" strokeWidth={4} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      {dots.map(({ i, v }) => (
        <line
          key={i}
          x1={xAt(i, points.length)}
          x2={xAt(i, points.length)}
          y1={yAt(v)}
          y2={yAt(v)}
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
  const hasCurve = slide.stages.some((s) => s.curve.some((p) => p.set))
  return (
    <div className="present-slide">
      <div className="present-heading">
        <h1>{t('present.overview')}</h1>
        {hasCurve ? (
          <div className="present-curve-legend">
            <span>{t('present.felt')}</span>
            <span className="present-curve-legend__intended">{t('present.intended')}</span>
          </div>
        ) : null}
      </div>
      {slide.stages.length === 0 ? <p className="present-empty">{t('present.noStages')}</p> : null}
      <div className="present-overview" data-testid="present-overview">
        {slide.stages.map(({ stage, steps, counts, curve }) => (
          <section key={stage.id} className="present-overview__stage" dir={dir} style={{ '--stage-color': stage.color } as CSSProperties}>
            <h2 className="present-overview__title">
              <bdi>{stage.title}</bdi>
            </h2>
            {steps.length > 0 ? (
              <ol className="present-overview__steps">
                {(slide.direction === 'rtl' ? [...steps].reverse() : steps).map((step, i) => (
                  <li key={step.id}>
                    <span className="present-overview__num">{formatNumber(i + 1, i18n.language)}</span>
                    <bdi>{step.title}</bdi>
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
                    <dt>
                      <bdi>{lane.title}</bdi>
                    </dt>
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
    </div>
  )
}
