// Gives Dexie a real IndexedDB implementation in Node; each test file gets a fresh one.
import 'fake-indexeddb/auto'
