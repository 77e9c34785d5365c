import type { JourneyTemplate, TemplateLane } from '../templates'

// Every text here is an i18n key under `templates.`; the UI's lookup turns it into the person's language.
const k = (key: string) => `templates.${key}`

const lane = (kind: TemplateLane['kind']): TemplateLane => ({ kind, title: k(`lanes.${kind}`) })
const steps = (...keys: string[]) => keys.map((key) => ({ title: k(`steps.${key}`) }))

const CORE_LANES = [lane('actions'), lane('touchpoints'), lane('emotions'), lane('painPoints'), lane('opportunities')]

/** 000 and 002 (004 has the first three): the phases around a purchase, with customer service after. */
const beforeDuringAfter: JourneyTemplate = {
  id: 'beforeDuringAfter',
  builtIn: true,
  name: k('names.beforeDuringAfter'),
  description: k('descriptions.beforeDuringAfter'),
  stages: [
    { title: k('stages.before'), steps: steps('discover', 'compare') },
    { title: k('stages.during'), steps: steps('choose', 'pay') },
    { title: k('stages.after'), steps: steps('receive', 'feedback') },
    { title: k('stages.service'), steps: steps('askHelp', 'resolved') },
  ],
  lanes: CORE_LANES,
  cards: [],
  emotions: [],
  createdAt: 0,
}

/** 002: four stages, each with the article's example of friction as a pain point to start the talk. */
const awarenessToSupport: JourneyTemplate = {
  id: 'awarenessToSupport',
  builtIn: true,
  name: k('names.awarenessToSupport'),
  description: k('descriptions.awarenessToSupport'),
  stages: [
    { title: k('stages.awareness'), steps: steps('hears', 'visitsSite') },
    { title: k('stages.research'), steps: steps('comparesOnMobile', 'readsReviews') },
    { title: k('stages.nurturing'), steps: steps('talksToSales', 'getsFollowUp') },
    { title: k('stages.purchaseSupport'), steps: steps('buys', 'contactsSupport') },
  ],
  lanes: [lane('actions'), lane('touchpoints'), lane('jobs'), lane('emotions'), lane('painPoints'), lane('opportunities')],
  cards: [
    { lane: 4, step: 1, text: k('cards.vagueInfo'), sentiment: 'friction' },
    { lane: 4, step: 2, text: k('cards.slowMobile'), sentiment: 'friction' },
    { lane: 4, step: 4, text: k('cards.pushySales'), sentiment: 'friction' },
    { lane: 4, step: 7, text: k('cards.bugOrWait'), sentiment: 'friction' },
  ],
  emotions: [],
  createdAt: 0,
}

/** 002's "Jenny": one customer's day in five moments, with the touchpoints and how each felt. */
const dayInLife: JourneyTemplate = {
  id: 'dayInLife',
  builtIn: true,
  name: k('names.dayInLife'),
  description: k('descriptions.dayInLife'),
  stages: [
    { title: k('stages.morning'), steps: steps('weatherApp') },
    { title: k('stages.workday'), steps: steps('windCheck') },
    { title: k('stages.evening'), steps: steps('instagramAd', 'signUp') },
    { title: k('stages.night'), steps: steps('blogPost') },
  ],
  lanes: [lane('actions'), lane('touchpoints'), lane('jobs'), lane('emotions'), lane('painPoints'), lane('opportunities')],
  cards: [
    { lane: 0, step: 0, text: k('cards.opensApp') },
    { lane: 0, step: 1, text: k('cards.opensSite') },
    { lane: 0, step: 2, text: k('cards.tapsAd') },
    { lane: 0, step: 3, text: k('cards.fillsForm') },
    { lane: 0, step: 4, text: k('cards.readsPost') },
    { lane: 1, step: 0, text: k('cards.weatherApp'), sentiment: 'positive', device: 'mobile' },
    { lane: 1, step: 1, text: k('cards.website'), sentiment: 'decision', channel: 'webPage', device: 'laptop' },
    { lane: 1, step: 2, text: k('cards.instagramAd'), sentiment: 'decision', channel: 'socialMedia', device: 'mobile' },
    { lane: 1, step: 3, text: k('cards.embeddedForm'), sentiment: 'friction', channel: 'webPage', device: 'mobile' },
    { lane: 1, step: 4, text: k('cards.blogPost'), sentiment: 'positive', channel: 'webPage', device: 'mobile' },
    { lane: 4, step: 1, text: k('cards.noWindMap'), sentiment: 'friction' },
    { lane: 4, step: 3, text: k('cards.longForm'), sentiment: 'friction' },
    { lane: 5, step: 0, text: k('cards.windAlert'), sentiment: 'positive' },
  ],
  emotions: [
    { step: 0, felt: 1, intended: 1 },
    { step: 1, felt: -1, intended: 1 },
    { step: 2, felt: 1, intended: 1 },
    { step: 3, felt: -1, intended: 2 },
    { step: 4, felt: 2, intended: 1 },
  ],
  createdAt: 0,
}

/** A small empty grid for people who know what they want. */
const blank: JourneyTemplate = {
  id: 'blank',
  builtIn: true,
  name: k('names.blank'),
  description: k('descriptions.blank'),
  stages: [{ title: k('stages.first'), steps: steps('first', 'second', 'third') }],
  lanes: [lane('actions'), lane('touchpoints'), lane('emotions')],
  cards: [],
  emotions: [],
  createdAt: 0,
}

export const BUILT_IN_TEMPLATES: readonly JourneyTemplate[] = [beforeDuringAfter, awarenessToSupport, dayInLife, blank]
