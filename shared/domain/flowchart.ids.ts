/** New stable ids for chart nodes and edges: a prefix and 16 random hex digits (64 bits). */
export function newElementId(prefix: 'n' | 'e'): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
