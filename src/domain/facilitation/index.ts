// Facilitation (issue 12): the agenda built from the workshop method, the shared timer and dot
// voting, as pure functions. The room and the screens build on these.
export * from './agenda'
export * from './timer'
export * from './votes'
export * from './voteResults'
export * from './voteHistory'
export * from './voteCsv'
export * from './types'
export * from './control'
export * from './voteToPlan'
