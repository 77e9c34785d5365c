export { EmotionHud } from './EmotionHud'
export { EmotionLayer } from './EmotionLayer'
export { emotionClaim } from './pointer'
export { emotionUi } from './emotionUi'
