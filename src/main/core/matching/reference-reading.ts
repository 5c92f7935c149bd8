// What the payer wrote, read for intent: a player's reference code, a player named ("for priya",
// "kofis subs", "Jonathan Okafor"), words saying what the money is for, and "me + dev" / "x2".
import { foldText, joinParticles, jointSides, nameTokens } from './normalise'
import { lookupSameName, type PlayerIndex } from './player-index'
import { byCodeAlone, byReference } from './strong-evidence'
import {
  AFTER_FOR,
  GAME_FRAGMENTS,
  GAME_WORDS,
  GREETINGS,
  NAME_AFTER,
  NAME_BEFORE,
  OTHER_PURPOSE_WORDS,
  WEEK_WORDS,
  WORD_NAMES,
  expandSymbols,
  isPersonAmongWordNames,
  isRelation,
  readAlsoSomeone,
  readMultiplier,
  readRelation,
  readRepayment,
  type Multiplier,
} from './purpose-words'

/**
 * How plainly a name in the reference says the money is for that player:
 * - strong: a full name, their reference code, "for priya", "kofis subs", "on behalf of ama";
 * - weak: a first name alone or with a game word ("AMA", "dan footy") — clear from a parent, but from
 *   another player it may just as well be the organiser's own name ("DAN FOOTY" paid to Dan);
 * - passing: a name dropped in ("footy with dan", a surname, "Mark" that may be a word): a suggestion.
 */
export type Intent = 'strong' | 'weak' | 'passing'

export interface Mention {
  /** One player for a full name; every player with that first name for a first name alone. */
  playerIds: string[]
  how: 'full' | 'first' | 'surname'
  /** The words as folded, e.g. "priya" or "jonathan okafor". */
  text: string
  intent: Intent
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
  /**
   * The note says it also covers someone besides the player it names or the payer: "+ my mate",
   * "and a mate", "guest", "ollie + jack" where Jack is no player. Never credited whole to one.
   */
  alsoFor: string | null
  /**
   * The note is just a first name that spells out the payer's own initial ("raj footy" from
   * R PATEL): the payer writing their own name, perhaps paying for themselves.
   */
  payerFirstName: string | null
  /** Words saying the money is for something other than the game ("drinks", "birthday", "paying u back"). */
  otherPurpose: string[]
  /** It mentions football, the game or a match day. */
  game: boolean
  multiplier: Multiplier | null
}

const MAX_NAME_WORDS = 4
/** References are short (UK banks send 18 characters); only the start of pasted text is read for names. */
const MAX_WORDS_READ = 40
const SOMEONE_BEFORE = new Set(['for', 'and', 'plus', 'with', 'n'])
const POSSESSIVES = new Set(['my', 'his', 'her', 'our', 'their', 'your', 'a'])

function vocabulary(w: string): boolean {
  return GAME_WORDS.has(w) || OTHER_PURPOSE_WORDS.has(w) || WEEK_WORDS.has(w) || GREETINGS.has(w) || /\d/.test(w)
}

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
        out.push({ playerIds: ids, how: 'full', text, intent: 'strong' })
        for (let k = i; k < i + len; k++) covered[k] = true
        break
      }
    }
  }
  return out
}

/** Words that may sit around a name run together with it: "JAMIESMITHFOOTY", "SUBSLEWISGRANT". */
const AROUND_RUN_TOGETHER = new Set([...GAME_WORDS, ...WEEK_WORDS, ...GAME_FRAGMENTS, ...NAME_BEFORE, 'subs', 'x', 'ref', 'to'])
/** A compacted name must be at least this long to be found inside run-together text. */
const MIN_RUN_TOGETHER_NAME = 8
const MAX_RUN_TOGETHER_WINDOW = 3
/** A bank reference is 18 characters; a Monzo note a little more. Longer runs are pasted text, not a name. */
const MAX_RUN_TOGETHER_TEXT = 40

/** Can `s` be cut entirely into the words above and numbers ("footywed", "5aside", "x2")? */
function onlyVocabulary(s: string): boolean {
  if (s === '') return true
  const ok = [true, ...new Array<boolean>(s.length).fill(false)]
  for (let end = 1; end <= s.length; end++) {
    for (let start = 0; start < end && !ok[end]; start++) {
      if (!ok[start]) continue
      const piece = s.slice(start, end)
      if (AROUND_RUN_TOGETHER.has(piece) || /^\d+$/.test(piece)) ok[end] = true
    }
  }
  return ok[s.length]!
}

/** Players' full names (two words or more) run together, filed by their first letters. */
type RunTogether = Map<string, Array<{ compact: string; ids: string[] }>>
const runTogetherByIndex = new WeakMap<PlayerIndex, RunTogether>()

function runTogetherIndex(index: PlayerIndex): RunTogether {
  let byStart = runTogetherByIndex.get(index)
  if (!byStart) {
    byStart = new Map()
    for (const [compact, formed] of index.ownByRotation) {
      if (compact.length < MIN_RUN_TOGETHER_NAME) continue
      const ids = formed.filter((f) => f.form.wordCount >= 2 && f.entry.via === 'name').map((f) => f.entry.playerId)
      if (ids.length === 0) continue
      const start = compact.slice(0, MIN_RUN_TOGETHER_NAME)
      byStart.set(start, [...(byStart.get(start) ?? []), { compact, ids }])
    }
    runTogetherByIndex.set(index, byStart)
  }
  return byStart
}

/**
 * A player's full name (first and last, run together) inside run-together text, the rest of it
 * vocabulary: "JAMIESMITHFOOTY", "lewisgrant5aside". Only a name long enough to be unambiguous, and
 * only when no other player's name is found there too.
 */
function runTogetherNames(index: PlayerIndex, words: string[], covered: boolean[]): Mention[] {
  const out: Mention[] = []
  const byStart = runTogetherIndex(index)
  for (let i = 0; i < words.length; i++) {
    for (let len = Math.min(MAX_RUN_TOGETHER_WINDOW, words.length - i); len >= 1; len--) {
      if (covered.slice(i, i + len).some(Boolean)) continue
      const text = words.slice(i, i + len).join('')
      if (text.length <= MIN_RUN_TOGETHER_NAME || text.length > MAX_RUN_TOGETHER_TEXT) continue
      // Every place a full name could start, looked up by its first letters: no scan over every player.
      const found = new Set<string>()
      for (let at = 0; at + MIN_RUN_TOGETHER_NAME <= text.length; at++) {
        for (const { compact, ids } of byStart.get(text.slice(at, at + MIN_RUN_TOGETHER_NAME)) ?? []) {
          if (!text.startsWith(compact, at)) continue
          if (onlyVocabulary(text.slice(0, at)) && onlyVocabulary(text.slice(at + compact.length))) for (const id of ids) found.add(id)
        }
      }
      if (found.size !== 1) continue
      out.push({ playerIds: [...found], how: 'full', text: words.slice(i, i + len).join(' '), intent: 'strong' })
      for (let k = i; k < i + len; k++) covered[k] = true
      break
    }
  }
  return out
}

/** A word after which a name is written with intent: "for priya", "and dev", "my mate jack". */
function namesNext(word: string): boolean {
  return NAME_BEFORE.has(word) || isRelation(word)
}

interface Context {
  words: readonly string[]
  payerWords: ReadonlySet<string>
  payerSurname: string | undefined
}

/** How plainly the name at `i` (`span` words: "tom" or "tom h") is written with intent (see Intent). */
function intentAt(c: Context, i: number, span: number, possessive: boolean, wordLike: boolean): Intent {
  const before = c.words[i - 1]
  const after = c.words[i + span]
  if (possessive || (before !== undefined && namesNext(before)) || (after !== undefined && NAME_AFTER.has(after))) return 'strong'
  // A name that is also a word ("will", "mark") counts only when plainly written as a name.
  if (wordLike) return 'passing'
  if (after !== undefined && (GAME_WORDS.has(after) || WEEK_WORDS.has(after))) return 'weak'
  const alone = c.words.every((w, k) => (k >= i && k < i + span) || vocabulary(w) || c.payerWords.has(w) || WORD_NAMES.has(w))
  return alone ? 'weak' : 'passing'
}

/**
 * Narrows a first name several players share: "tom h" is the Tom whose surname starts with H, and
 * "TOM" from "MRS J BAKER" is the Tom in her family.
 */
function narrow(index: PlayerIndex, ids: string[], c: Context, i: number): { ids: string[]; initial: boolean } {
  const surname = (id: string) => nameTokens(index.players.get(id)?.name ?? '').at(-1) ?? ''
  const next = c.words[i + 1]
  // "EMMA C FOOTY": the only Emma, and her surname's initial agrees: her name, written as people do.
  if (ids.length === 1) return { ids, initial: Boolean(next && next.length === 1 && surname(ids[0]!).startsWith(next)) }
  if (ids.length < 2) return { ids, initial: false }
  if (next && next.length === 1) {
    const byInitial = ids.filter((id) => surname(id).startsWith(next))
    if (byInitial.length > 0) return { ids: byInitial, initial: true }
  }
  // Not when it's the payer's own first name: "for mohammed" from a Mohammed could be either.
  if (c.payerWords.has(c.words[i]!)) return { ids, initial: false }
  const family = ids.filter((id) => c.payerSurname && surname(id) === c.payerSurname)
  return { ids: family.length === 1 ? family : ids, initial: false }
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
  const joint = jointSides(payerName).length > 1
  const payerWords = new Set(joint ? [] : [...payerTokens, ...joinParticles(payerTokens)])
  const c: Context = { words, payerWords, payerSurname: joint ? undefined : payerTokens.filter((t) => t.length > 1).at(-1) }
  const covered = words.map(() => false)
  const mentions = [...fullNames(index, words, covered), ...runTogetherNames(index, words, covered)]
  const mentionedWords = new Set(mentions.flatMap((m) => m.text.split(' ')))

  words.forEach((w, i) => {
    if (covered[i] || w.length < 2) return
    if (GAME_WORDS.has(w) || OTHER_PURPOSE_WORDS.has(w) || WEEK_WORDS.has(w)) return
    // "thanks jon", "cheers dave", "to alex": the organiser's own name, not someone being paid for.
    // ...but "my mate jack" is someone being paid for.
    const relative = i > 1 && isRelation(words[i - 1]!) && POSSESSIVES.has(words[i - 2]!)
    if (i > 0 && GREETINGS.has(words[i - 1]!) && !relative) return
    let ids = index.byFirstName.get(w)
    let text = w
    // "kofis subs", "jos subs": a possessive written without its apostrophe.
    if (!ids && w.length >= 3 && w.endsWith('s')) {
      ids = index.byFirstName.get(w.slice(0, -1))
      text = w.slice(0, -1)
    }
    if (!ids) {
      // A player's surname on its own ("KING", "okafor"): someone may be meant, so only a suggestion.
      let bySurname = w.length >= 3 && !payerWords.has(w) && !WORD_NAMES.has(w) ? index.bySurname.get(w) : undefined
      // "K MENSAH": the initial before it says which Mensah.
      const initial = i > 0 && words[i - 1]!.length === 1 ? words[i - 1]! : null
      const first = (id: string) => nameTokens(index.players.get(id)?.name ?? '')[0] ?? ''
      if (bySurname && initial && bySurname.some((id) => first(id).startsWith(initial))) bySurname = bySurname.filter((id) => first(id).startsWith(initial))
      if (bySurname && !mentions.some((m) => m.text === w)) mentions.push({ playerIds: [...bySurname], how: 'surname', text: w, intent: 'passing' })
      return
    }
    if (mentions.some((m) => m.text === text)) return
    const wordLike = WORD_NAMES.has(text)
    if (wordLike && !(i > 0 && namesNext(words[i - 1]!)) && !words.every((x, k) => k === i || vocabulary(x) || payerWords.has(x))) return
    const { ids: narrowed, initial } = narrow(index, [...ids], c, i)
    // The payer's own first name is their own name, unless they wrote "for mohammed" and another
    // player is a Mohammed too: then it could be either.
    if (payerWords.has(text)) {
      const otherByInitial = initial && !(c.payerSurname ?? '').startsWith(words[i + 1]!)
      const forEither = i > 0 && words[i - 1] === 'for' && narrowed.length > 1
      if (!otherByInitial && !forEither) return
    }
    if (initial) covered[i + 1] = true
    mentions.push({ playerIds: narrowed, how: 'first', text, intent: intentAt(c, i, initial ? 2 : 1, w !== text, wordLike) })
  })

  // "for josh", "tom and josh", "me + josh": the word after "for", "and", "plus" or "with" isn't
  // vocabulary, a player, or the payer: someone Subs doesn't know is being paid for.
  let forSomeone: string | null = null
  words.forEach((w, i) => {
    const next = words[i + 1]
    if (!SOMEONE_BEFORE.has(w) || !next || forSomeone !== null || covered[i + 1]) return
    if (vocabulary(next) || AFTER_FOR.has(next) || WORD_NAMES.has(next) || payerWords.has(next) || next.length < 2) return
    // "for my brother", "from mum and dad": relations are read with the words around them (readRelation, readAlsoSomeone).
    if (isRelation(next)) return
    // "for organising", "for sorting it": doing words, not people.
    if (next.length > 4 && next.endsWith('ing')) return
    const stem = next.endsWith('s') ? next.slice(0, -1) : next
    if (mentions.some((m) => m.text === next || m.text === stem) || index.byFirstName.has(next) || index.byFirstName.has(stem)) return
    forSomeone = next
  })

  // "ollie + jack", "kofi and a mate": someone joined on who is neither a player nor the payer
  // (a joint account's reference may name both its holders).
  const payerNameWords = new Set([...payerTokens, ...joinParticles(payerTokens)])
  const isSomeone = (w: string): boolean => {
    if (w.length < 2 || payerNameWords.has(w) || vocabulary(w) || AFTER_FOR.has(w)) return false
    if (WORD_NAMES.has(w) && !isPersonAmongWordNames(w)) return false
    if (w.length > 4 && w.endsWith('ing')) return false
    const stem = w.endsWith('s') ? w.slice(0, -1) : w
    return !mentions.some((m) => m.text.split(' ').includes(w)) && !index.byFirstName.has(w) && !index.byFirstName.has(stem) && !index.bySurname.has(w)
  }

  // "raj footy" from R PATEL: one word, not vocabulary, starting with the payer's initial.
  const payerInitials = new Set(payerTokens.filter((t) => t.length === 1))
  let payerFirstName: string | null = null
  const unknown = words.filter((w) => !vocabulary(w) && !AFTER_FOR.has(w) && !SOMEONE_BEFORE.has(w) && !payerWords.has(w))
  if (payerInitials.size > 0 && unknown.length === 1) {
    const w = unknown[0]!
    const spelled = w.length >= 3 && /^[a-z]+$/.test(w) && payerInitials.has(w[0]!) && !WORD_NAMES.has(w)
    if (spelled && !mentions.some((m) => m.text.split(' ').includes(w)) && !index.byFirstName.has(w)) payerFirstName = w
  }

  const otherPurpose = [...new Set(words.filter((w) => OTHER_PURPOSE_WORDS.has(w) && !payerWords.has(w) && !mentionedWords.has(w)))]
  const repayment = readRepayment(words.join(' '), words)
  if (repayment) otherPurpose.push(repayment)
  return {
    forSomeone,
    relation: readRelation(words),
    alsoFor: readAlsoSomeone(words, isSomeone),
    payerFirstName,
    nameWords: words.filter((w) => !vocabulary(w)).join(' '),
    codes: byReference(index, folded),
    codeHints: byCodeAlone(index, folded),
    mentions,
    otherPurpose,
    game: isGameText(words),
    multiplier: readMultiplier(folded, words),
  }
}
