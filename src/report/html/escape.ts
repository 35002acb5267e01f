/** Escaping for the HTML report: every string from a scan (names, messages, account aliases) goes through here or textContent. */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML element content and quoted attribute values alike, so one helper covers both. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/**
 * Only http(s) links become anchors: a `javascript:` or `data:` reference in check metadata or a framework source
 * would otherwise run on click. Returns the normalised URL, or null when it must be shown as text.
 */
export function safeHref(value: string): string | null {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

/** True when a string can sit inside a `<script>` element without ending it or opening a comment the parser honours. */
export function isScriptSafe(text: string): boolean {
  return !/<\/script|<!--|<script/i.test(text)
}
