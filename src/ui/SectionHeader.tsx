import { Plus } from 'lucide-react'

interface Props {
  /** The heading's id, which the section names itself by (aria-labelledby). */
  readonly headingId: string
  readonly title: string
  readonly addLabel: string
  readonly onAdd: () => void
  /** Each panel lays out its header in its own stylesheet. */
  readonly className: string
}

/** A list section's heading with its "add" button beside it (outline stages and lanes, personas, jobs). */
export function SectionHeader({ headingId, title, addLabel, onAdd, className }: Props) {
  return (
    <div className={className}>
      <h3 id={headingId}>{title}</h3>
      <button type="button" className="button button--small" onClick={onAdd}>
        <Plus size={14} aria-hidden /> {addLabel}
      </button>
    </div>
  )
}
