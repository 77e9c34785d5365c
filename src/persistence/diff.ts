// diffDocs moved into the domain so the room's write path (src/room) can use it without reaching
// into persistence; autosave and its tests keep importing it from here.
export { diffDocs, isEmptyDiff, type DocDiff } from '../domain/diff'
