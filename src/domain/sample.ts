import { emotionIdFor } from './applyContent'
import { createCard, createJob, createPersona, createWorkshop, PERSONA_COLORS } from './factories'
import { BUILT_IN_TEMPLATES, instantiateTemplate } from './templates'
import type { EmotionPoint, JourneyDoc, Workshop } from './types'

export interface SampleWorkshop {
  readonly workshop: Workshop
  readonly doc: JourneyDoc
}

// Every text is an i18n key under `sample.`; the lookup turns it into the person's language.
const k = (key: string) => `sample.${key}`

/**
 * The workshop a first start offers: 002's "day in the life" of Jenny the cyclist, with her as a
 * persona on the map, her own emotion curve and the job she hires the weather service for.
 */
/** Translates a key; the job's sentence passes values for its placeholders. */
export type Translate = (key: string, values?: Record<string, string>) => string

export function createSampleWorkshop(t: Translate, now: number = Date.now()): SampleWorkshop {
  const workshop = createWorkshop({ title: t(k('workshopTitle')), facilitator: '', notes: t(k('workshopNotes')) }, now)
  const template = BUILT_IN_TEMPLATES.find((tpl) => tpl.id === 'dayInLife')
  if (!template) throw new Error('The day-in-the-life template is missing')
  const base = instantiateTemplate(template, { workshopId: workshop.id, title: t(k('mapTitle')), t, now })

  const persona = {
    ...createPersona(workshop.id, t(k('persona.name')), PERSONA_COLORS[1]),
    role: t(k('persona.role')),
    quote: t(k('persona.quote')),
    ageRange: t(k('persona.ageRange')),
    demographics: t(k('persona.demographics')),
    goals: [t(k('persona.goal1')), t(k('persona.goal2'))],
    frustrations: [t(k('persona.frustration1')), t(k('persona.frustration2'))],
    channels: ['webPage', 'socialMedia', 'email'] as const,
    devices: ['mobile', 'laptop'] as const,
    timeSpent: t(k('persona.timeSpent')),
    description: t(k('persona.description')),
  }
  const stepIds = base.map.stageIds.flatMap((id) => base.stages[id]?.stepIds ?? [])
  const job = {
    ...createJob(workshop.id, t(k('job.situation')), t(k('job.motivation')), t(k('job.outcome'))),
    personaIds: [persona.id],
    stepIds: [stepIds[0], stepIds[1]].filter((id) => id !== undefined),
  }

  // Her curve is the shared one: in the sample she is the only customer on the map.
  const curve: EmotionPoint[] = Object.values(base.emotions).map((e) => ({ ...e, id: emotionIdFor(e.stepId, persona.id), personaId: persona.id }))
  const jobsLane = Object.values(base.lanes).find((l) => l.kind === 'jobs')
  const firstStep = stepIds[0]
  const jobCard =
    jobsLane && firstStep
      ? [createCard(base.map.id, { kind: 'cell', laneId: jobsLane.id, stepId: firstStep, span: 1, rank: 0 }, { text: jobSentence(job, t), jobId: job.id, personaIds: [persona.id] })]
      : []
  const cards = Object.fromEntries([...Object.values(base.cards).map((c) => ({ ...c, personaIds: [persona.id] })), ...jobCard].map((c) => [c.id, c]))

  return {
    workshop,
    doc: {
      ...base,
      map: { ...base.map, personaIds: [persona.id] },
      cards,
      emotions: { ...base.emotions, ...Object.fromEntries(curve.map((e) => [e.id, e])) },
      personas: { [persona.id]: persona },
      jobs: { [job.id]: job },
    },
  }
}

/** "When …, I want to …, so I can …" in the person's language, as a jobs-lane card shows it. */
export function jobSentence(job: { readonly situation: string; readonly motivation: string; readonly outcome: string }, t: Translate): string {
  return t('people.jobs.sentence', { situation: job.situation, motivation: job.motivation, outcome: job.outcome })
}
