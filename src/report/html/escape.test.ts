import { describe, expect, it } from 'vitest'
import { escapeHtml, isScriptSafe, safeHref } from './escape.js'

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;')
  })
  it('leaves other text alone and stringifies numbers', () => {
    expect(escapeHtml('logs,archive\nline 2 — ü')).toBe('logs,archive\nline 2 — ü')
    expect(escapeHtml(42)).toBe('42')
  })
  it('escapes already-escaped text again (no double-decoding shortcut)', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;')
  })
})

describe('safeHref', () => {
  it('keeps http and https links', () => {
    expect(safeHref('https://docs.aws.amazon.com/s3/')).toBe('https://docs.aws.amazon.com/s3/')
    expect(safeHref('http://example.com/a?b=1&c=2')).toBe('http://example.com/a?b=1&c=2')
  })
  it('refuses script, data and relative links', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref(' JavaScript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull()
    expect(safeHref('/etc/passwd')).toBeNull()
    expect(safeHref('not a url')).toBeNull()
  })
})

describe('isScriptSafe', () => {
  it('rejects text that would end or confuse a script element', () => {
    expect(isScriptSafe('a</script>b')).toBe(false)
    expect(isScriptSafe('a</SCRIPT >b')).toBe(false)
    expect(isScriptSafe('<!-- x')).toBe(false)
    expect(isScriptSafe('<script')).toBe(false)
  })
  it('accepts base64 and ordinary code', () => {
    expect(isScriptSafe('H4sIAAAAAAAAA+3B/w==')).toBe(true)
    expect(isScriptSafe('if (a < b) x = "</ div>"')).toBe(true)
  })
})
