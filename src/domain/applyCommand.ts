import { applyActionCommand } from './applyActions'
import { applyContentCommand } from './applyContent'
import { applyGridCommand } from './applyGrid'
import { applyPeopleCommand } from './applyPeople'
import type { Command } from './commands'
import { cleanLine } from './text'
import type { JourneyDoc } from './types'
import { cardTextMode } from './cardFit'

/**
 * The only way a document changes. Returns a new document that shares every untouched record with
 * the old one (autosave relies on that to find what to write), or the very same document when the
 * command changes nothing or points at records that are gone (so no empty undo step is recorded).
 * Whatever a command carries is brought within the format's limits (bounds.ts) on the way in, so
 * every document it returns saves and loads back the same.
 */
export function applyCommand(doc: JourneyDoc, cmd: Command): JourneyDoc {
  switch (cmd.type) {
    case 'renameMap': {
      const title = cleanLine(cmd.title)
      return title === doc.map.title ? doc : { ...doc, map: { ...doc.map, title } }
    }
    case 'setMapDirection':
      if (cmd.direction !== 'ltr' && cmd.direction !== 'rtl') return doc
      return cmd.direction === doc.map.direction ? doc : { ...doc, map: { ...doc.map, direction: cmd.direction } }
    case 'setCardText':
      if (cmd.mode !== 'fit' && cmd.mode !== 'compact') return doc
      return cmd.mode === cardTextMode(doc.map) ? doc : { ...doc, map: { ...doc.map, cardText: cmd.mode } }
    case 'batch':
      return cmd.commands.reduce(applyCommand, doc)
    case 'addStage':
    case 'renameStage':
    case 'recolorStage':
    case 'moveStage':
    case 'deleteStage':
    case 'addStep':
    case 'renameStep':
    case 'moveStep':
    case 'resizeStep':
    case 'deleteStep':
    case 'addLane':
    case 'renameLane':
    case 'setLaneKind':
    case 'moveLane':
    case 'resizeLane':
    case 'setLaneCollapsed':
    case 'deleteLane':
      return applyGridCommand(doc, cmd)
    case 'addCards':
    case 'updateCards':
    case 'moveCard':
    case 'deleteCards':
    case 'addLink':
    case 'updateLink':
    case 'deleteLinks':
    case 'setEmotion':
      return applyContentCommand(doc, cmd)
    case 'addPersona':
    case 'updatePersona':
    case 'deletePersona':
    case 'setMapPersonas':
    case 'addJob':
    case 'updateJob':
    case 'deleteJob':
      return applyPeopleCommand(doc, cmd)
    case 'addActions':
    case 'updateActions':
    case 'deleteActions':
      return applyActionCommand(doc, cmd)
  }
}
