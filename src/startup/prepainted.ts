/** Marks the app element once Today was painted before the app loaded (src/startup/firstPaint.ts): main.ts
 * then mounts only when the whole page is ready, so the page never blinks empty. */
export const PREPAINTED_ATTRIBUTE = 'data-prepainted'
