/**
 * The math syntax, as micromark constructs: `$…$` with pandoc's rule for
 * dollars, `\(…\)` inline and `\[…\]` displayed. remark-math's own `$…$`
 * takes any pair of dollars, so "$5 and $10" in prose became math; pandoc's
 * rule (an opening `$` is not followed by a space; the first `$` after it
 * closes, and only when it is not preceded by a space nor followed by a
 * digit, else the opening one is a dollar sign) is what editors who write
 * prices expect, and it is decided here, while parsing, so a dollar that is
 * not math stays Markdown (emphasis and links between two prices still work).
 *
 * `\(` and `\[` are Markdown escapes of `(` and `[`: these constructs run
 * before the escape, so `\(x^2\)` is math and a lone `\(` is still `(`.
 * Both give the same tokens as `$…$` (`mathText`), which mdast-util-math
 * turns into `inlineMath`; `\[…\]` is marked displayed afterwards (syntax.ts).
 */
import type { Code, Construct, Effects, State, TokenizeContext } from 'micromark-util-types'

const DOLLAR = 36
const BACKSLASH = 92
const SPACE = 32
const TAB = 9

const isLineEnding = (code: Code): boolean => code === -5 || code === -4 || code === -3 || code === 10 || code === 13
const isWhitespace = (code: Code): boolean => code === SPACE || code === TAB || code === -2 || code === -1 || isLineEnding(code)
const isDigit = (code: Code): boolean => code !== null && code >= 48 && code <= 57

/** Line endings inside inline math, as micromark-extension-math's own tokenizer gives them. */
function lineEnding(effects: Effects, code: Code): void {
  effects.enter('lineEnding')
  effects.consume(code)
  effects.exit('lineEnding')
}

/**
 * `$…$` (and `$$…$$` inline) by pandoc's rule for single dollars: remark-math's
 * construct (`previous`, and `resolve`, which joins spaces to the data and
 * trims padding) with this tokenizer.
 */
export function dollarMath(remarkMathConstruct: Construct): Construct {
  return { ...remarkMathConstruct, tokenize: tokenizeDollarMath }
}

function tokenizeDollarMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let sizeOpen = 0
  let size = 0
  // The code before the current one inside the math, to tell a closing dollar preceded by a space.
  let before: Code = null
  let closing: ReturnType<Effects['enter']> | undefined
  return start

  function start(code: Code): ReturnType<State> {
    effects.enter('mathText')
    effects.enter('mathTextSequence')
    return sequenceOpen(code)
  }

  function sequenceOpen(code: Code): ReturnType<State> {
    if (code === DOLLAR) {
      effects.consume(code)
      sizeOpen++
      return sequenceOpen
    }
    // Pandoc: the opening dollar is followed by a non-space character (so `$ 5` is not math).
    if (sizeOpen === 1 && (code === null || isWhitespace(code))) return nok(code)
    effects.exit('mathTextSequence')
    return between(code)
  }

  function between(code: Code): ReturnType<State> {
    if (code === null) return nok(code)
    if (code === DOLLAR) {
      closing = effects.enter('mathTextSequence')
      size = 0
      return sequenceClose(code)
    }
    if (code === SPACE) {
      effects.enter('space')
      effects.consume(code)
      effects.exit('space')
      before = code
      return between
    }
    if (isLineEnding(code)) {
      lineEnding(effects, code)
      before = code
      return between
    }
    effects.enter('mathTextData')
    return data(code)
  }

  function data(code: Code): ReturnType<State> {
    if (code === null || code === SPACE || code === DOLLAR || isLineEnding(code)) {
      effects.exit('mathTextData')
      return between(code)
    }
    effects.consume(code)
    before = code
    // A backslash escapes the next dollar inside math (`$\$5$`), as in TeX.
    return code === BACKSLASH ? escaped : data
  }

  function escaped(code: Code): ReturnType<State> {
    if (code === DOLLAR) {
      effects.consume(code)
      before = code
      return data
    }
    return data(code)
  }

  function sequenceClose(code: Code): ReturnType<State> {
    if (code === DOLLAR) {
      effects.consume(code)
      size++
      return sequenceClose
    }
    if (size === sizeOpen) {
      // Pandoc: the first closing dollar follows a non-space character and is not followed by a digit, else there is no math here ("$5 and $10").
      if (sizeOpen === 1 && (isWhitespace(before) || isDigit(code))) return nok(code)
      effects.exit('mathTextSequence')
      effects.exit('mathText')
      return ok(code)
    }
    // Not the closing sequence: the dollars are part of the math's text, and the search goes on.
    closing!.type = 'mathTextData'
    before = DOLLAR
    return data(code)
  }
}

/**
 * `\(…\)` inline and `\[…\]` displayed: LaTeX's own delimiters. `\[…\]`
 * only on lines of its own (`\[` first on its line, `\]` last): real
 * handbooks write escaped brackets in prose ("on \[date you return\]",
 * "_\[two weeks later\]_" in the 18F handbook), and those stay brackets.
 */
export const bracketMath: Construct = { name: 'mathBracket', tokenize: tokenizeBracketMath, add: 'before' } as Construct

function tokenizeBracketMath(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let close = 0
  // Whether `\[` starts its line (the paragraph's first, or after a line ending).
  const lineStart = this.previous === null || isLineEnding(this.previous)
  return start

  function start(code: Code): ReturnType<State> {
    if (code !== BACKSLASH) return nok(code)
    effects.enter('mathText')
    effects.enter('mathTextSequence')
    effects.consume(code)
    return open
  }

  function open(code: Code): ReturnType<State> {
    if (code !== 40 && (code !== 91 || !lineStart)) return nok(code)
    close = code === 40 ? 41 : 93
    effects.consume(code)
    effects.exit('mathTextSequence')
    return between
  }

  function between(code: Code): ReturnType<State> {
    if (code === null) return nok(code)
    if (isLineEnding(code)) {
      lineEnding(effects, code)
      return between
    }
    if (code === BACKSLASH) return effects.check({ tokenize: tokenizeCloser, partial: true }, closeSequence, escapedData)(code)
    effects.enter('mathTextData')
    return data(code)
  }

  function data(code: Code): ReturnType<State> {
    if (code === null || isLineEnding(code)) {
      effects.exit('mathTextData')
      return between(code)
    }
    if (code === BACKSLASH) {
      effects.exit('mathTextData')
      return effects.check({ tokenize: tokenizeCloser, partial: true }, closeSequence, escapedData)(code)
    }
    effects.consume(code)
    return data
  }

  /** A backslash that does not close: it and the next character are TeX (`\\`, `\{`). */
  function escapedData(code: Code): ReturnType<State> {
    effects.enter('mathTextData')
    effects.consume(code)
    return afterBackslash
  }

  function afterBackslash(code: Code): ReturnType<State> {
    if (code === null || isLineEnding(code)) return data(code)
    effects.consume(code)
    return data
  }

  function closeSequence(code: Code): ReturnType<State> {
    effects.enter('mathTextSequence')
    effects.consume(code)
    return closeSecond
  }

  function closeSecond(code: Code): ReturnType<State> {
    effects.consume(code)
    effects.exit('mathTextSequence')
    effects.exit('mathText')
    return close === 93 ? effects.check({ tokenize: tokenizeLineEnd, partial: true }, ok, nok) : ok
  }

  function tokenizeCloser(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code) => {
      effects.enter('mathTextSequence')
      effects.consume(code)
      return (next: Code) => {
        if (next !== close) return nok(next)
        effects.consume(next)
        effects.exit('mathTextSequence')
        return ok
      }
    }
  }
}

/** Spaces or tabs up to the end of the line: what may follow a displayed `\]`. */
function tokenizeLineEnd(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const rest = (code: Code): ReturnType<State> => {
    if (code === SPACE || code === TAB) {
      effects.enter('whitespace')
      effects.consume(code)
      effects.exit('whitespace')
      return rest
    }
    return code === null || isLineEnding(code) ? ok(code) : nok(code)
  }
  return rest
}
