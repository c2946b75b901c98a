/**
 * One ZIP entry parsed as XML while it inflates: chunks go through a streaming UTF-8 decoder into
 * a SAX parser, so neither the inflated bytes nor a DOM ever exist whole, and a handler that throws
 * (a limit reached) stops the inflater at once.
 *
 * Parser choice: `saxes`, the conformant streaming XML parser exceljs itself reads with (so it ships
 * with the app already and has been fed every kind of .xlsx exceljs meets). It decodes entities,
 * CDATA and character references correctly, never expands user-defined entities (a DOCTYPE is
 * refused here outright: no .xlsx part has one), and with position tracking off it is fast enough
 * that reading stays cheaper than exceljs's own full load. A hand-written scanner would be faster
 * still but would be one more XML tokenizer to get right; the limits, not the tokenizer, are what
 * keep hostile files bounded.
 */
import { TextDecoder } from 'node:util'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import type { ZipEntry } from './zip-directory'
import { inflateEntry, type InflateBudget } from './zip-inflate'

export interface XmlHandlers {
  /** `name` is the local name: a namespace prefix such as `x:` is dropped. */
  open(name: string, attributes: Record<string, string>): void
  close(name: string): void
  text(text: string): void
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly entryName: string,
    detail: string,
  ) {
    super(`${entryName}: ${detail}`)
    this.name = 'XmlSyntaxError'
  }
}

const localName = (name: string) => {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

export async function parseXmlEntry(data: Uint8Array, entry: ZipEntry, budget: InflateBudget, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false })
  parser.on('error', (e) => {
    throw new XmlSyntaxError(entry.name, e.message)
  })
  parser.on('doctype', () => {
    throw new XmlSyntaxError(entry.name, 'a DOCTYPE has no place in a workbook part')
  })
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(localName(tag.name), tag.attributes))
  parser.on('closetag', (tag: SaxesTagPlain) => handlers.close(localName(tag.name)))
  parser.on('text', (t) => handlers.text(t))
  parser.on('cdata', (t) => handlers.text(t))
  const decoder = new TextDecoder('utf-8')
  await inflateEntry(data, entry, budget, (chunk) => {
    const s = decoder.decode(chunk, { stream: true })
    if (s.length > 0) parser.write(s)
  })
  const rest = decoder.decode()
  if (rest.length > 0) parser.write(rest)
  parser.close()
}
