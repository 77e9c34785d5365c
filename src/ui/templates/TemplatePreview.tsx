import type { JourneyTemplate } from '../../domain/templates'

/** A thumbnail of a template's grid: its stages as coloured bands as wide as their steps, over its lanes. */
export function TemplatePreview({ template }: { template: JourneyTemplate }) {
  return (
    <div className="template-preview" aria-hidden>
      <div className="template-preview-stages">
        {template.stages.map((stage, i) => (
          <span key={i} style={{ flexGrow: Math.max(1, stage.steps.length), background: stage.color ?? undefined }} className="template-preview-stage" />
        ))}
      </div>
      {template.lanes.map((lane, i) => (
        <span key={i} className={`template-preview-lane template-preview-lane--${lane.kind}`} />
      ))}
    </div>
  )
}
