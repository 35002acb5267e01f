/**
 * `# posture:ignore <check-id-or-glob> <reason>` comments (also `//` and `/* *\/`). They apply to a block when they sit
 * in the comment lines directly above it (contiguous own-line comments, no blank line in between), trail its first
 * line, or appear anywhere inside it. Every suppression needs a reason; one without is reported and not applied.
 */
import type { InlineSuppression, IacProblem } from '../model.js'
import type { Block, Comment, HclFile } from './ast.js'

const MARKER = /posture:ignore\b[ \t]*([^\s*]\S*)?[ \t]*(.*)$/

const aboveIndex = new WeakMap<HclFile, Map<number, Comment>>()
const cache = new WeakMap<Block, InlineSuppression[]>()

function byEndLine(file: HclFile): Map<number, Comment> {
  let m = aboveIndex.get(file)
  if (!m) {
    m = new Map()
    for (const c of file.comments) if (c.ownLine) m.set(c.endLine, c)
    aboveIndex.set(file, m)
  }
  return m
}

/** Index of the first comment at or after `line` (comments are sorted by line). */
function firstFrom(comments: readonly Comment[], line: number): number {
  let lo = 0
  let hi = comments.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (comments[mid]!.line < line) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The comment's text lines without comment markers. */
function lines(c: Comment): { text: string; line: number }[] {
  let t = c.text
  if (t.startsWith('/*')) t = t.slice(2, t.endsWith('*/') ? -2 : undefined)
  else t = t.replace(/^(#|\/\/)/, '')
  return t.split('\n').map((text, i) => ({ text: text.replace(/^\s*\*?/, ''), line: c.line + i }))
}

function read(c: Comment, shownFile: string, problems: IacProblem[], out: InlineSuppression[]): void {
  for (const { text, line } of lines(c)) {
    const m = MARKER.exec(text)
    if (!m) continue
    const checkId = m[1]
    const reason = (m[2] ?? '').trim()
    if (!checkId) {
      problems.push({
        file: shownFile,
        line,
        column: 1,
        severity: 'notice',
        message: 'posture:ignore needs a check id and a reason; it is not applied',
      })
    } else if (reason === '') {
      problems.push({ file: shownFile, line, column: 1, severity: 'notice', message: `suppression of ${checkId} needs a reason; it is not applied` })
    } else out.push({ checkId, reason, line })
  }
}

/** Suppressions of a block (computed once per block, so problems are reported once however many instances it has). */
export function blockSuppressions(file: HclFile, block: Block, shownFile: string, problems: IacProblem[]): InlineSuppression[] {
  const cached = cache.get(block)
  if (cached) return cached
  const found: Comment[] = []
  const above = byEndLine(file)
  for (let c = above.get(block.startLine - 1); c; c = above.get(c.line - 1)) found.unshift(c)
  const { comments } = file
  for (let i = firstFrom(comments, block.startLine); i < comments.length && comments[i]!.line <= block.endLine; i++) found.push(comments[i]!)
  const out: InlineSuppression[] = []
  for (const c of found) if (c.text.includes('posture:ignore')) read(c, shownFile, problems, out)
  cache.set(block, out)
  return out
}
