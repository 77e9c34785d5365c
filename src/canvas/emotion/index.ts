export { EmotionHud } from './EmotionHud'
export { EmotionLayer } from './EmotionLayer'
export { emotionClaim } from './claim'
export { createEmotionUi, EmotionUiContext } from './emotionUi'
