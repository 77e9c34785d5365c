import type { Command } from './commands'
import type { PersonaId } from './ids'
import { getRecord, hasRecord, patchRecord, putRecord, putRecords, removeRecords, without } from './records'
import { boundJob, boundJobPatch, boundPersona, boundPersonaPatch, roomFor } from './bounds'
import type { JourneyDoc } from './types'

type PeopleCommand = Extract<
  Command,
  { type: 'addPersona' | 'updatePersona' | 'deletePersona' | 'setMapPersonas' | 'addJob' | 'updateJob' | 'deleteJob' }
>

export function applyPeopleCommand(doc: JourneyDoc, cmd: PeopleCommand): JourneyDoc {
  switch (cmd.type) {
    case 'addPersona': {
      const bounded = boundPersona(cmd.persona)
      if (!bounded || hasRecord(doc.personas, bounded.id) || roomFor(doc, 'personas') < 1) return doc
      const persona = { ...bounded, workshopId: doc.map.workshopId }
      const map = cmd.onMap ? { ...doc.map, personaIds: [...doc.map.personaIds, persona.id] } : doc.map
      return { ...doc, map, personas: putRecord(doc.personas, persona.id, persona) }
    }
    case 'updatePersona': {
      const persona = getRecord(doc.personas, cmd.personaId)
      if (!persona) return doc
      const personas = putRecord(doc.personas, persona.id, patchRecord(persona, boundPersonaPatch(cmd.patch)))
      return personas === doc.personas ? doc : { ...doc, personas }
    }
    case 'deletePersona':
      return hasRecord(doc.personas, cmd.personaId) ? deletePersona(doc, cmd.personaId) : doc
    case 'setMapPersonas': {
      const personaIds = [...new Set(cmd.personaIds)].filter((id) => hasRecord(doc.personas, id))
      const same = personaIds.length === doc.map.personaIds.length && personaIds.every((id, i) => doc.map.personaIds[i] === id)
      return same ? doc : { ...doc, map: { ...doc.map, personaIds } }
    }
    case 'addJob': {
      const job = boundJob(doc, cmd.job)
      if (!job || hasRecord(doc.jobs, job.id) || roomFor(doc, 'jobs') < 1) return doc
      return { ...doc, jobs: putRecord(doc.jobs, job.id, job) }
    }
    case 'updateJob': {
      const job = getRecord(doc.jobs, cmd.jobId)
      if (!job) return doc
      const jobs = putRecord(doc.jobs, job.id, patchRecord(job, boundJobPatch(doc, cmd.patch)))
      return jobs === doc.jobs ? doc : { ...doc, jobs }
    }
    case 'deleteJob': {
      if (!hasRecord(doc.jobs, cmd.jobId)) return doc
      const cards = Object.values(doc.cards)
        .filter((c) => c.jobId === cmd.jobId)
        .map((c) => ({ ...c, jobId: null }))
      return { ...doc, jobs: removeRecords(doc.jobs, [cmd.jobId]), cards: putRecords(doc.cards, cards) }
    }
  }
}

/** A deleted persona leaves the map header, its cards' and jobs' tags, and takes its emotion curve with it. */
function deletePersona(doc: JourneyDoc, id: PersonaId): JourneyDoc {
  const cards = Object.values(doc.cards).flatMap((c) => {
    const personaIds = without(c.personaIds, id)
    return personaIds === c.personaIds ? [] : [{ ...c, personaIds }]
  })
  const jobs = Object.values(doc.jobs).flatMap((j) => {
    const personaIds = without(j.personaIds, id)
    return personaIds === j.personaIds ? [] : [{ ...j, personaIds }]
  })
  const emotions = Object.values(doc.emotions)
    .filter((e) => e.personaId === id)
    .map((e) => e.id)
  const personaIds = without(doc.map.personaIds, id)
  return {
    ...doc,
    map: personaIds === doc.map.personaIds ? doc.map : { ...doc.map, personaIds },
    personas: removeRecords(doc.personas, [id]),
    cards: putRecords(doc.cards, cards),
    jobs: putRecords(doc.jobs, jobs),
    emotions: removeRecords(doc.emotions, emotions),
  }
}
