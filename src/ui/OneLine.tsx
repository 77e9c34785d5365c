import '../styles/oneLine.css'

interface Props {
  /** Someone's own words: a map or workshop title, a persona's name, a file name. */
  readonly text: string
  readonly className?: string
}

/**
 * A title or name on one line, cut with an ellipsis by CSS where it does not fit, the whole text
 * on hover. Never sliced in JavaScript: a cut by string index can split a surrogate pair or leave
 * a Persian letter without the one it joins, and only the layout knows how much fits.
 */
export function OneLine({ text, className }: Props) {
  return (
    // dir="auto": the text runs in its own direction (English in a Persian list keeps its punctuation
    // and times in place), and the ellipsis falls at the text's own end, not at its start.
    <span className={className ? `one-line ${className}` : 'one-line'} title={text} dir="auto">
      {text}
    </span>
  )
}
