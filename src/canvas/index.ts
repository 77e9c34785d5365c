export { Board, type BoardProps } from './Board'
export { fitMap } from './navigation/fitMap'
