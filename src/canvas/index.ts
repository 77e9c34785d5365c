export { Board, type BoardProps } from './Board'
