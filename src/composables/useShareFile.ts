import { useFileDownload } from './useFileDownload'

/**
 * Hands a file to the phone's share sheet (Files, a cloud drive, Messages, WhatsApp, AirDrop, e-mail)
 * where the browser has one for files, and downloads it elsewhere. False when the parent closed the
 * share sheet without choosing.
 */
export function useShareFile() {
  const download = useFileDownload()
  return async (file: File): Promise<boolean> => {
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ files: [file] })
        return true
      } catch (error) {
        if ((error as Error).name === 'AbortError') return false
      }
    }
    download(file)
    return true
  }
}
