/**
 * Hands a file made in the page to the browser as a download (no server involved). On phones the
 * browser then offers to open it, which for a calendar file means importing it.
 */
export function useFileDownload() {
  return (file: File): void => {
    const url = URL.createObjectURL(file)
    const link = document.createElement('a')
    link.href = url
    link.download = file.name
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}
