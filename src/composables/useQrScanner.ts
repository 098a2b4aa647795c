import { onScopeDispose, ref } from 'vue'

/** The part of the Barcode Detection API used here (Chrome on Android has it; Safari does not yet). */
interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
type DetectorConstructor = new (options: { formats: string[] }) => QrDetector

export type ScanProblem = 'denied' | 'failed'

/**
 * Reads a QR code with the camera through the browser's own BarcodeDetector, frame by frame, until
 * one is found or the parent stops. Where the browser has none, `supported` is false and the code
 * is pasted instead. The camera is released when scanning ends or the calling scope goes.
 */
export function useQrScanner() {
  const Detector = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector
  const supported = Detector !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function'
  const scanning = ref(false)
  const problem = ref<ScanProblem | null>(null)
  let stream: MediaStream | null = null
  let frame = 0

  function stop(): void {
    cancelAnimationFrame(frame)
    stream?.getTracks().forEach((track) => track.stop())
    stream = null
    scanning.value = false
  }

  /** Shows the camera in `video` and resolves with the first QR code's text, or null when stopped. */
  async function scan(video: HTMLVideoElement): Promise<string | null> {
    if (!Detector) return null
    problem.value = null
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    } catch (error) {
      problem.value = (error as Error).name === 'NotAllowedError' ? 'denied' : 'failed'
      return null
    }
    scanning.value = true
    video.srcObject = stream
    await video.play()
    const detector = new Detector({ formats: ['qr_code'] })
    return new Promise((resolve) => {
      const look = async () => {
        if (!scanning.value) return resolve(null)
        const [found] = await detector.detect(video).catch(() => [])
        if (found?.rawValue) {
          stop()
          return resolve(found.rawValue)
        }
        frame = requestAnimationFrame(() => void look())
      }
      void look()
    })
  }

  onScopeDispose(stop)
  return { supported, scanning, problem, scan, stop }
}
