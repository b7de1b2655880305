/** Downloads a blob under a file name through a temporary link (the browser's save path). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; release it once the browser surely has the bytes.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
