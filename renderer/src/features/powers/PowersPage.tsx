/** 一·清权 — placeholder until the powers feature lands (being built now). */
export function PowersPage() {
  return <div data-testid="powers-page">一·清权</div>
}
