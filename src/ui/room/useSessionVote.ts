import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { observeSessionVote, type SessionVote } from '../../room/sessionVote'

/** The room's vote as the session shows it (open, revealed or none); null without a shared document. */
export function useSessionVote(doc: Y.Doc | null): SessionVote | null {
  const [seen, setSeen] = useState<{ readonly doc: Y.Doc; readonly vote: SessionVote | null } | null>(null)
  useEffect(() => (doc ? observeSessionVote(doc, (vote) => setSeen({ doc, vote })) : undefined), [doc])
  // What another document said is not this one's vote.
  return seen && seen.doc === doc ? seen.vote : null
}
