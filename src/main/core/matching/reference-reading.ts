// What the payer wrote, read for intent: a player's reference code, a player named ("for priya",
// "kofis subs", "Jonathan Okafor"), words saying what the money is for, and "me + dev" / "x2".
import { foldText, joinParticles, jointSides, nameTokens } from './normalise'
import { lookupSameName, type PlayerIndex } from './player-index'
import { byCodeAlone, byReference } from './strong-evidence'
import {
  GAME_FRAGMENTS,
  GAME_WORDS,
  AFTER_FOR,
  GREETINGS,
  NAME_AFTER,
  NAME_BEFORE,
  OTHER_PURPOSE_WORDS,
  WEEK_WORDS,
  WORD_NAMES,
  expandSymbols,
  readMultiplier,
  readRelation,
  type Multiplier,
} from './purpose-words'

export interface Mention {
  /** One player for a full name; every player with that first name for a first name alone. */
  playerIds: string[]
  how: 'full' | 'first'
  /** The words as folded, e.g. "priya" or "jonathan okafor". */
  text: string
  /**
   * Written with intent ("for priya", "kofis subs", a full name, the name alone). A first name
   * dropped in passing ("sorry dan, late") only suggests.
   */
  marked: boolean
}

export interface ReferenceReading {
  /** The words that could be a person's name (vocabulary removed), e.g. "K MENSAH" from "K MENSAH FOOTBALL". */
  nameWords: string
  /** Players whose reference code (SUBS-ASHC) is written in it. */
  codes: string[]
  /** The code without its prefix ("ashc"): a hint only. */
  codeHints: string[]
  mentions: Mention[]
  /** "for josh" where Josh is no player: paid for someone Subs doesn't know. */
  forSomeone: string | null
  /** "+ my brother", "for a mate", "guest": someone other than the payer, unnamed. */
  relation: string | null
  /** Words saying the money is for something other than the game ("drinks", "birthday"). */
  otherPurpose: string[]
  /** It mentions football, the game or a match day. */
  game: boolean
  multiplier: Multiplier | null
}

const MAX_NAME_WORDS = 4
const SOMEONE_BEFORE = new Set(['for', 'and', 'plus', 'with', 'n'])

function vocabulary(w: string): boolean {
  return GAME_WORDS.has(w) || OTHER_PURPOSE_WORDS.has(w) || WEEK_WORDS.has(w) || GREETINGS.has(w) || /\d/.test(w)
}

/** Is the first name at `i` written with intent (see Mention.marked)? */
function marked(words: readonly string[], i: number, possessive: boolean, payerWords: ReadonlySet<string>): boolean {
  if (possessive) return true
  const before = words[i - 1]
  const after = words[i + 1]
  if (before !== undefined && NAME_BEFORE.has(before)) return true
  if (after !== undefined && (NAME_AFTER.has(after) || GAME_WORDS.has(after) || WEEK_WORDS.has(after))) return true
  // The name with nothing but game words, dates and names around it: "JONATHAN", "AMA 12/10".
  return words.every((w, k) => k === i || vocabulary(w) || payerWords.has(w) || WORD_NAMES.has(w))
}
/** References are short (UK banks send 18 characters); only the start of pasted text is read for names. */
const MAX_WORDS_READ = 40

function isGameText(words: readonly string[]): boolean {
  if (words.some((w) => GAME_WORDS.has(w))) return true
  const compact = words.join('')
  return GAME_FRAGMENTS.some((f) => compact.includes(f))
}

/** Full names written in the reference, longest first; marks the words they cover. */
function fullNames(index: PlayerIndex, words: string[], covered: boolean[]): Mention[] {
  const out: Mention[] = []
  const maps = { byWords: index.ownByWords, byRotation: index.ownByRotation }
  for (let len = MAX_NAME_WORDS; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      if (covered.slice(i, i + len).some(Boolean)) continue
      const window = words.slice(i, i + len)
      // A possessive written without its apostrophe: "okafors subs", "jonathan okafors".
      const tries = [window.join(' ')]
      const last = window[len - 1]!
      if (last.length > 3 && last.endsWith('s')) tries.push([...window.slice(0, -1), last.slice(0, -1)].join(' '))
      for (const text of tries) {
        if (len === 1 && text.length < 8) continue
        const ids = [...new Set(lookupSameName(text, maps).filter((e) => e.via === 'name').map((e) => e.playerId))]
        if (ids.length === 0) continue
        out.push({ playerIds: ids, how: 'full', text, marked: true })
        for (let k = i; k < i + len; k++) covered[k] = true
        break
      }
    }
  }
  return out
}

/**
 * Reads a reference. `payerName` is the sender's own name: its words are never a mention of someone
 * else (banks often send the payer's name as the reference when none was typed).
 */
export function readReference(index: PlayerIndex, reference: string, payerName: string): ReferenceReading {
  const folded = foldText(expandSymbols(reference))
  const words = folded ? folded.split(' ').slice(0, MAX_WORDS_READ) : []
  const payerTokens = nameTokens(payerName)
  // A joint account's reference naming one of its holders says which one: don't set those names aside.
  const payerWords = new Set(jointSides(payerName).length > 1 ? [] : [...payerTokens, ...joinParticles(payerTokens)])
  const covered = words.map(() => false)
  const mentions = fullNames(index, words, covered)
  const mentionedWords = new Set(mentions.flatMap((m) => m.text.split(' ')))

  words.forEach((w, i) => {
    if (covered[i] || w.length < 2 || WORD_NAMES.has(w)) return
    if (GAME_WORDS.has(w) || OTHER_PURPOSE_WORDS.has(w) || WEEK_WORDS.has(w)) return
    // "thanks jon", "cheers dave", "to alex": the organiser's own name, not someone being paid for.
    if (i > 0 && GREETINGS.has(words[i - 1]!)) return
    let ids = index.byFirstName.get(w)
    let text = w
    // "kofis subs", "jos subs": a possessive written without its apostrophe.
    if (!ids && w.length >= 3 && w.endsWith('s')) {
      ids = index.byFirstName.get(w.slice(0, -1))
      text = w.slice(0, -1)
    }
    if (!ids || mentions.some((m) => m.text === text)) return
    // The payer's own first name is their own name, unless they wrote "for mohammed" and another
    // player is a Mohammed too: then it could be either.
    if (payerWords.has(text)) {
      if (i === 0 || words[i - 1] !== 'for' || ids.length < 2) return
    }
    mentions.push({ playerIds: [...ids], how: 'first', text, marked: marked(words, i, w !== text, payerWords) })
  })

  // "for josh", "tom and josh", "me + josh": the word after "for", "and", "plus" or "with" isn't
  // vocabulary, a player, or the payer: someone Subs doesn't know is being paid for.
  let forSomeone: string | null = null
  words.forEach((w, i) => {
    const next = words[i + 1]
    if (!SOMEONE_BEFORE.has(w) || !next || forSomeone !== null || covered[i + 1]) return
    if (vocabulary(next) || AFTER_FOR.has(next) || WORD_NAMES.has(next) || payerWords.has(next) || next.length < 3) return
    const stem = next.endsWith('s') ? next.slice(0, -1) : next
    if (mentions.some((m) => m.text === next || m.text === stem) || index.byFirstName.has(next) || index.byFirstName.has(stem)) return
    forSomeone = next
  })

  const otherPurpose = [...new Set(words.filter((w) => OTHER_PURPOSE_WORDS.has(w) && !payerWords.has(w) && !mentionedWords.has(w)))]
  return {
    forSomeone,
    relation: readRelation(words),
    nameWords: words.filter((w) => !vocabulary(w)).join(' '),
    codes: byReference(index, folded),
    codeHints: byCodeAlone(index, folded),
    mentions,
    otherPurpose,
    game: isGameText(words),
    multiplier: readMultiplier(folded, words),
  }
}
