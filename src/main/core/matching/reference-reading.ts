// What the payer wrote, read for intent: a player's reference code, a player named ("for priya",
// "kofis subs", "Jonathan Okafor"), words saying what the money is for, and "me + dev" / "x2".
import { foldText, joinParticles, nameTokens } from './normalise'
import { lookupSameName, type PlayerIndex } from './player-index'
import { byCodeAlone, byReference } from './strong-evidence'
import {
  GAME_FRAGMENTS,
  GAME_WORDS,
  GREETINGS,
  OTHER_PURPOSE_WORDS,
  WEEK_WORDS,
  WORD_NAMES,
  expandSymbols,
  readMultiplier,
  type Multiplier,
} from './purpose-words'

export interface Mention {
  /** One player for a full name; every player with that first name for a first name alone. */
  playerIds: string[]
  how: 'full' | 'first'
  /** The words as folded, e.g. "priya" or "jonathan okafor". */
  text: string
}

export interface ReferenceReading {
  /** Players whose reference code (SUBS-ASHC) is written in it. */
  codes: string[]
  /** The code without its prefix ("ashc"): a hint only. */
  codeHints: string[]
  mentions: Mention[]
  /** Words saying the money is for something other than the game ("drinks", "birthday"). */
  otherPurpose: string[]
  /** It mentions football, the game or a match day. */
  game: boolean
  multiplier: Multiplier | null
}

const MAX_NAME_WORDS = 4
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
        out.push({ playerIds: ids, how: 'full', text })
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
  const payerWords = new Set([...payerTokens, ...joinParticles(payerTokens)])
  const covered = words.map(() => false)
  const mentions = fullNames(index, words, covered)
  const mentionedWords = new Set(mentions.flatMap((m) => m.text.split(' ')))

  words.forEach((w, i) => {
    if (covered[i] || payerWords.has(w) || w.length < 3 || WORD_NAMES.has(w)) return
    if (GAME_WORDS.has(w) || OTHER_PURPOSE_WORDS.has(w) || WEEK_WORDS.has(w)) return
    // "thanks jon", "cheers dave", "to alex": the organiser's own name, not someone being paid for.
    if (i > 0 && GREETINGS.has(words[i - 1]!)) return
    let ids = index.byFirstName.get(w)
    let text = w
    if (!ids && w.length > 3 && w.endsWith('s') && !payerWords.has(w.slice(0, -1))) {
      ids = index.byFirstName.get(w.slice(0, -1))
      text = w.slice(0, -1)
    }
    if (ids && !mentions.some((m) => m.text === text)) mentions.push({ playerIds: [...ids], how: 'first', text })
  })

  const otherPurpose = [...new Set(words.filter((w) => OTHER_PURPOSE_WORDS.has(w) && !payerWords.has(w) && !mentionedWords.has(w)))]
  return {
    codes: byReference(index, folded),
    codeHints: byCodeAlone(index, folded),
    mentions,
    otherPurpose,
    game: isGameText(words),
    multiplier: readMultiplier(folded, words),
  }
}
