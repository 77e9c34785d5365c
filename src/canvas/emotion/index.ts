export { EmotionHud } from './EmotionHud'
export { EmotionLayer } from './EmotionLayer'
export { emotionClaim } from './claim'
export { emotionUi } from './emotionUi'
