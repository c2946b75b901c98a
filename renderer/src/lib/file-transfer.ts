/**
 * Files in and out of the renderer without any upload: a chosen file is read into base64 for the
 * core, and a generated document is saved through a Blob and <a download> (works in Electron too).
 */

/** The file's bytes as base64 (without the data-URL prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.onload = () => {
      const url = String(reader.result ?? '')
      const comma = url.indexOf(',')
      resolve(comma >= 0 ? url.slice(comma + 1) : '')
    }
    reader.readAsDataURL(file)
  })
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  return bytes
}

/** Hands a generated file to the browser's (or Electron's) save/download flow. */
export function saveBase64File(file: { fileName: string; mimeType: string; dataBase64: string }): void {
  const blob = new Blob([base64ToBytes(file.dataBase64)], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // give the download a moment to start before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
