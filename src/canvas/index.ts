export { Board, type BoardProps } from './Board'
export { fitViewport, initialViewport } from './viewport'
