// The page's side of the room's shared document. The host (server/room) imports shape.ts alone
// to seed a room: it needs neither the store nor the editor this index brings in.
export { bindRoom, type RoomBinding, type RoomBindingOptions } from './binding'
export { RoomProjector } from './project'
export { createRoomUndo, type RoomUndo } from './roomUndo'
export { readRoomInfo, seedRoomDoc, SEED_ORIGIN, type RoomInfo } from './shape'
export { writeChange } from './write'
