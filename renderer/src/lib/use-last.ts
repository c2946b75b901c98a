import { useState } from 'react'

/**
 * The last non-null value: lets a closing modal keep its title and fields while it fades out
 * after its parent already set “what is being edited” back to null.
 */
export function useLastNonNull<T>(value: T | null): T | null {
  const [last, setLast] = useState(value)
  if (value !== null && value !== last) setLast(value)
  return value ?? last
}
