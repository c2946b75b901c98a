/**
 * One ZIP entry parsed as XML while it inflates: chunks go through a streaming UTF-8 decoder into
 * a SAX parser, so neither the inflated bytes nor a DOM ever exist whole, and a handler that throws
 * (a limit reached) stops the inflater at once.
 *
 * Parser choice: `saxes`, the conformant streaming XML parser exceljs itself reads with (so it ships
 * with the app already, installed as exceljs's dependency, and has been fed every kind of .xlsx
 * exceljs meets). It decodes entities,
 * CDATA and character references correctly, never expands user-defined entities (a DOCTYPE is
 * refused here outright: no .xlsx part has one), and with position tracking off it is fast enough
 * that reading stays cheaper than exceljs's own full load. A hand-written scanner would be faster
 * still but would be one more XML tokenizer to get right; the limits, not the tokenizer, are what
 * keep hostile files bounded.
 *
 * saxes itself holds no limits: it would stack any depth of elements, collect any number of
 * attributes, and grow a text node, comment, CDATA section, name or entity without end. So the
 * depth and the attributes of each tag are counted from its events, and after every chunk written
 * the text it still holds is measured (its buffers are not public API; a test feeds it a 10 MB
 * text node, comment and CDATA section so a saxes that renamed them would be noticed).
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

/** Nesting of SpreadsheetML parts is about 10 deep; attributes per tag about 20. */
const MAX_DEPTH = 128
const MAX_ATTRIBUTES = 1000
/** What saxes may hold between two chunks: far above a cell's 32,767 characters. */
const MAX_PENDING_CHARS = 1024 * 1024

type SaxesBuffers = Partial<Record<'text' | 'name' | 'entity' | 'piTarget' | 'openWakaBang', unknown>>

function pendingChars(parser: SaxesParser<{ xmlns: false; position: false }>): number {
  const b = parser as unknown as SaxesBuffers
  let n = 0
  for (const v of [b.text, b.name, b.entity, b.piTarget, b.openWakaBang]) if (typeof v === 'string') n += v.length
  return n
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
  let depth = 0
  let attributes = 0
  parser.on('opentagstart', () => {
    attributes = 0
  })
  parser.on('attribute', () => {
    if (++attributes > MAX_ATTRIBUTES) throw new XmlSyntaxError(entry.name, `more than ${MAX_ATTRIBUTES} attributes on one tag`)
  })
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > MAX_DEPTH) throw new XmlSyntaxError(entry.name, `elements nested deeper than ${MAX_DEPTH}`)
    handlers.open(localName(tag.name), tag.attributes)
  })
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth--
    handlers.close(localName(tag.name))
  })
  parser.on('text', (t) => handlers.text(t))
  parser.on('cdata', (t) => handlers.text(t))
  const write = (s: string) => {
    parser.write(s)
    if (pendingChars(parser) > MAX_PENDING_CHARS) throw new XmlSyntaxError(entry.name, `a token longer than ${MAX_PENDING_CHARS} characters`)
  }
  const decoder = new TextDecoder('utf-8')
  await inflateEntry(data, entry, budget, (chunk) => {
    const s = decoder.decode(chunk, { stream: true })
    if (s.length > 0) write(s)
  })
  const rest = decoder.decode()
  if (rest.length > 0) write(rest)
  parser.close()
}
