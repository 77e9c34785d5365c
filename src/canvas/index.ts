export { Board, type BoardProps } from './Board'
export { fitViewport } from './viewport'
