/**
 * Posture's own HCL syntax tree: what the evaluator works on. It is independent of tree-sitter (parse.ts builds it),
 * so the parser can be swapped (docs/decisions/hcl-parser.md). Offsets are UTF-16 code units into the file text,
 * lines and columns are 1-based.
 */

/** One step of a traversal: `.name`, `[key]`, or a splat (`[*]` / `.*`) applying the following steps to each element. */
export type Step =
  { readonly k: 'attr'; readonly name: string } | { readonly k: 'index'; readonly key: Expr } | { readonly k: 'splat'; readonly steps: Step[] }

/** A piece of a template: literal text, `${expr}`, `%{ if }` or `%{ for }`. */
export type TemplatePart =
  | { readonly k: 'text'; readonly text: string }
  /** `source` is the interpolation as written (`${aws_s3_bucket.b.arn}`). */
  | { readonly k: 'interp'; readonly expr: Expr; readonly source: string }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: TemplatePart[]; readonly else: TemplatePart[] }
  | { readonly k: 'for'; readonly keyVar?: string; readonly valVar: string; readonly coll: Expr; readonly body: TemplatePart[] }

/** An HCL expression. */
export type Expr =
  | { readonly k: 'lit'; readonly value: null | boolean | number | string }
  /** A template with interpolations or directives; `text` is its source between the quotes (or the heredoc body). */
  | { readonly k: 'template'; readonly parts: TemplatePart[]; readonly text: string }
  | { readonly k: 'tuple'; readonly items: Expr[] }
  /** `keyName` is set when the key is a bare identifier (taken literally, as HCL does). */
  | { readonly k: 'object'; readonly items: { readonly key: Expr; readonly keyName?: string; readonly value: Expr }[] }
  /** A traversal from a root variable (`var.x`, `aws_s3_bucket.b.arn`) or from another expression. */
  | { readonly k: 'trav'; readonly root: string | Expr; readonly steps: Step[]; readonly text: string }
  | { readonly k: 'call'; readonly name: string; readonly args: Expr[]; readonly expand: boolean; readonly line: number }
  | { readonly k: 'cond'; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly k: 'unary'; readonly op: string; readonly expr: Expr }
  | { readonly k: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
  | {
      readonly k: 'for'
      readonly keyVar?: string
      readonly valVar: string
      readonly coll: Expr
      /** Present for `{ for ... : key => value }`. */
      readonly key?: Expr
      readonly value: Expr
      readonly cond?: Expr
      readonly group: boolean
    }
  | { readonly k: 'paren'; readonly expr: Expr }
  /** Input the parser could not read, or nesting beyond the limit. */
  | { readonly k: 'error'; readonly message: string }

/** `name = expr` in a body. */
export interface Attribute {
  readonly name: string
  readonly expr: Expr
  readonly line: number
  readonly column: number
}

/** `type "label" ... { body }`. */
export interface Block {
  readonly type: string
  readonly labels: string[]
  readonly body: Body
  readonly startLine: number
  readonly endLine: number
  readonly column: number
}

/** The contents of a file or block, in source order. */
export interface Body {
  readonly attributes: Attribute[]
  readonly blocks: Block[]
}

/** A comment with its position (for `# posture:ignore`). */
export interface Comment {
  readonly text: string
  readonly line: number
  readonly endLine: number
  /** True when only whitespace precedes it on its line. */
  readonly ownLine: boolean
}

/** A syntax error: where tree-sitter found unexpected or missing input. */
export interface SyntaxProblem {
  readonly line: number
  readonly column: number
  readonly message: string
}

/** One parsed file. */
export interface HclFile {
  readonly body: Body
  /** Sorted by line. */
  readonly comments: Comment[]
  readonly errors: SyntaxProblem[]
}
