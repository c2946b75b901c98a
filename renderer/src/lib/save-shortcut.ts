/**
 * Ctrl+S / Cmd+S saves whatever is in front: an open modal form wins over the page form,
 * because the most recently enabled handler is on top of the stack.
 */
import { useEffect, useRef } from 'react'

type Handler = () => void
const stack: { current: Handler }[] = []
let listening = false

function onKeyDown(e: KeyboardEvent): void {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return
  const top = stack[stack.length - 1]
  if (!top) return
  e.preventDefault()
  top.current()
}

export function useSaveShortcut(handler: Handler, enabled = true): void {
  const ref = useRef(handler)
  useEffect(() => {
    ref.current = handler
  })
  useEffect(() => {
    if (!enabled) return
    const entry = { current: () => ref.current() }
    stack.push(entry)
    if (!listening) {
      window.addEventListener('keydown', onKeyDown)
      listening = true
    }
    return () => {
      const i = stack.indexOf(entry)
      if (i >= 0) stack.splice(i, 1)
    }
  }, [enabled])
}

/** Enter in a single-line text input submits; never while an IME is composing Chinese. */
export function isSubmitEnter(e: React.KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.ctrlKey || e.altKey) return false
  const t = e.target
  if (!(t instanceof HTMLInputElement)) return false
  if (t.closest('.ant-select, .ant-picker, .ant-input-number')) return t.closest('.ant-input-number') !== null
  return t.type === 'text' || t.type === 'tel' || t.type === 'search' || t.type === ''
}
