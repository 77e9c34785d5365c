export { EmotionHud } from './EmotionHud'
export { EmotionLayer } from './EmotionLayer'
export { emotionPointerDown, emotionPointerHover, emotionPointerLeave, isOverEmotionControl } from './pointer'
