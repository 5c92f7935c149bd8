// How people write bank references, in one place: words that say "this is for the game", words that
// say "this is for something else", how they write "for me and Dev" or "x2", and how they say it
// covers several weeks. Collected from the references organisers actually receive: UK banks send at
// most 18 characters, often in capitals ("FOOTY WED", "SUBS X2", "DRINKS SAT"); Monzo notes are
// free text with emoji ("⚽️", "🍻 cheers", "me + dev").

/** Emoji carry meaning that folding text would throw away: read them first. */
const EMOJI: Array<[RegExp, string]> = [
  [/⚽/gu, ' football '],
  [/[🍺🍻🍷🍸🥂🍹🥃🍾]/gu, ' drinks '],
  [/[🍕🍔🌮🌯🍜🍣🍛🍟🥙🍝🥘🍗🍱🥡]/gu, ' food '],
  [/[🎂🎁🎉🎈🥳🎊]/gu, ' birthday '],
  [/[✈🏖🏝🏕🧳🏨]/gu, ' holiday '],
  [/[🚕🚖🚗⛽]/gu, ' taxi '],
  [/[🎟🎫🎤🎬🎭]/gu, ' tickets '],
  [/[🏠🏡💡]/gu, ' bills '],
  [/[×✕✖*]/gu, ' x '],
  [/\+/gu, ' and '],
  [/&/gu, ' and '],
]

export function expandSymbols(text: string): string {
  let out = text
  for (const [re, words] of EMOJI) out = out.replace(re, words)
  return out
}

/** Words (after folding) that say the money is for the game. */
export const GAME_WORDS = new Set([
  'football', 'footy', 'footie', 'futbol', 'futsal', 'soccer', 'fives', '5s', '5aside', '6aside', '7aside', 'fiveaside',
  'subs', 'sub', 'pitch', 'game', 'games', 'match', 'kickabout', 'fixture', 'fixtures', 'astro', 'powerleague',
  'goals', 'playfootball', 'ballers', 'session', 'sessions',
  'mon', 'monday', 'mondays', 'tue', 'tues', 'tuesday', 'tuesdays', 'wed', 'weds', 'wednesday', 'wednesdays',
  'thu', 'thur', 'thurs', 'thursday', 'thursdays', 'fri', 'friday', 'fridays', 'sat', 'saturday', 'saturdays',
  'sun', 'sunday', 'sundays',
])

/** Also found inside run-together references ("FOOTYWED", "5-a-side"); "subs" is not, being inside "subscription". */
export const GAME_FRAGMENTS = ['football', 'footy', 'footie', '5aside', 'fiveaside', '5side', 'futsal']

/**
 * Words that say the money is for something other than the weekly game: a round of drinks, a meal,
 * a birthday collection, a holiday share, tickets, bills, kit, a loan. Any of them sends a payment
 * to the inbox (with the player suggested), even beside a football word: "football tickets",
 * "fantasy football", "footy kit" and "subs + drinks" are not (only) subs.
 */
export const OTHER_PURPOSE_WORDS = new Set([
  // drinks and nights out
  'drink', 'drinks', 'beer', 'beers', 'pint', 'pints', 'pub', 'bar', 'wine', 'prosecco', 'cocktail', 'cocktails',
  'shots', 'round', 'rounds', 'nightout', 'clubbing', 'spoons', 'wetherspoons',
  // food
  'food', 'pizza', 'pizzas', 'curry', 'kebab', 'burger', 'burgers', 'nandos', 'takeaway', 'dinner', 'lunch',
  'breakfast', 'brunch', 'meal', 'restaurant', 'cafe', 'coffee', 'snacks', 'chippy', 'deliveroo', 'ubereats',
  'justeat', 'bbq', 'wings', 'sushi', 'chinese', 'indian', 'thai', 'wagamama', 'pret', 'costa', 'starbucks', 'greggs',
  'mcdonalds', 'maccies', 'kfc', 'dominos', 'zizzi', 'prezzo', 'dishoom', 'bill', 'tab',
  // collections and occasions
  'birthday', 'bday', 'present', 'presents', 'gift', 'gifts', 'collection', 'whip', 'whipround', 'leaving',
  'wedding', 'stag', 'hen', 'party', 'christening', 'baby', 'flowers', 'card', 'xmas', 'christmas', 'santa',
  'secretsanta', 'funeral', 'wreath', 'engagement', 'anniversary', 'housewarming',
  // trips and travel
  'holiday', 'hols', 'villa', 'airbnb', 'hotel', 'hostel', 'flight', 'flights', 'trip', 'ski', 'skiing',
  'festival', 'accommodation', 'ferry', 'train', 'trains', 'taxi', 'uber', 'cab', 'petrol', 'fuel', 'parking',
  'lift', 'minibus', 'tfl', 'oyster', 'trainline', 'odeon', 'vue', 'cineworld', 'ticketmaster', 'stubhub', 'jet2', 'tui', 'ryanair', 'easyjet', 'euros', 'eurostar', 'glastonbury', 'camping',
  // tickets and going out
  'ball', 'ticket', 'tickets', 'concert', 'gig', 'cinema', 'theatre', 'comedy', 'bowling', 'golf', 'paintball',
  'darts', 'snooker', 'pool', 'karting', 'gokarting', 'escape', 'axe', 'padel', 'squash', 'tennis',
  // household and subscriptions
  'salary', 'wages', 'payroll', 'expenses', 'invoice', 'dividend', 'pension', 'tax', 'hmrc',
  'rent', 'bills', 'electric', 'electricity', 'gas', 'water', 'council', 'wifi', 'broadband', 'internet',
  'netflix', 'spotify', 'disney', 'subscription', 'phone', 'tv', 'licence', 'groceries', 'shopping', 'tesco',
  'sainsburys', 'asda', 'aldi', 'lidl', 'ocado', 'cleaner', 'deposit',
  // money between friends, and money going back
  'loan', 'lent', 'borrowed', 'refund', 'refunded', 'refunding', 'returning', 'returned', 'mistake', 'mistakenly',
  'accident', 'accidentally', 'repayment', 'iou', 'winnings', 'bet', 'bets', 'sweepstake',
  'sweep', 'fantasy', 'lottery', 'raffle', 'poker', 'rent', 'charity', 'donation', 'sponsor', 'sponsorship',
  'fundraiser', 'justgiving', 'gofundme',
  // football things that aren't the weekly game
  'kit', 'kits', 'shirt', 'shirts', 'jersey', 'jerseys', 'shorts', 'socks', 'boots', 'trophy', 'trophies', 'awards',
  'presentation', 'tournament', 'stadium', 'ppv', 'fines', 'bibs', 'balls', 'membership', 'insurance', 'registration',
])

/** Words put before the organiser's name ("thanks jon", "sorry dave"): the name after one isn't a player being paid for. */
export const GREETINGS = new Set([
  'thanks', 'thank', 'thx', 'ty', 'cheers', 'ta', 'hi', 'hey', 'hello', 'dear', 'to', 'love', 'luv', 'x', 'xx', 'sorry',
  'soz', 'apologies', 'mate', 'bro', 'pal', 'boss', 'gaffer', 'skip', 'captain', 'cap',
])

/**
 * A first name counts as saying who the money is for only when written with intent: "for priya",
 * "kofis subs", "ama footy", "me and dev", "jonathan" alone. These are the words around it that show it.
 */
export const NAME_BEFORE = new Set(['for', 'from', 'and', 'n', 'plus', 'of', 'pay', 'paying', 'payment', 'covering', 'cover'])
export const NAME_AFTER = new Set(['and', 'n', 'plus'])

/**
 * Words that may follow "for" without naming a person: "for footy", "for last week", "for both".
 * Anything else after "for" is someone being paid for ("for josh"): if they aren't a player, the
 * money isn't the payer's own subs.
 */
export const AFTER_FOR = new Set([
  'me', 'myself', 'us', 'both', 'all', 'everyone', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'our', 'your',
  'you', 'it', 'tonight', 'today', 'tomorrow', 'tmrw', 'yesterday', 'now', 'then', 'later', 'next', 'last', 'this',
  'week', 'weeks', 'wk', 'wks', 'game', 'games', 'two', 'three', 'four', 'one', 'another', 'other', 'rest', 'half',
  'everything', 'what', 'ref', 'referee', 'booking', 'hire', 'court', 'cage', 'astro', 'indoor', 'outdoor', 'pitch',
  'missed', 'previous', 'past', 'upcoming', 'season', 'term', 'block', 'session', 'sessions', 'months', 'month',
])

/**
 * First names that are also everyday words in references ("will pay rest", "may subs", "rich tea"):
 * alone, they never point to a player; written in full ("Will Turner") they do.
 */
export const WORD_NAMES = new Set([
  'will', 'mark', 'bill', 'may', 'june', 'april', 'august', 'rich', 'sunny', 'chase', 'grant', 'miles', 'drew',
  'joy', 'hope', 'faith', 'grace', 'summer', 'autumn', 'dawn', 'rose', 'ruby', 'pat', 'sue', 'don', 'ray', 'art',
  'guy', 'max', 'frank', 'jack', 'rob', 'nick', 'bob', 'pip', 'hunter', 'king', 'major', 'rex', 'sky', 'river',
  'jade', 'amber', 'crystal', 'penny', 'cash', 'bank', 'pay', 'paid', 'me', 'us', 'all', 'both', 'and', 'for',
  'from', 'the', 'sat', 'sun', 'mon', 'wed', 'fri', 'subs', 'footy', 'eve', 'kit',
  // two letters: words before they are names
  'ty', 'ta', 'xx', 'go', 'to', 'in', 'on', 'at', 'of', 'am', 'pm', 'is', 'it', 'my', 'no', 'ok', 'so', 'up', 'we', 'be',
  'by', 'do', 'if', 'or', 'oh', 'hi', 'yo', 'as', 'an', 'fc', 'uk',
])

/**
 * "x2", "2x", "for 2", "both of us": one payment for more than one person — unless it says weeks
 * ("x2 weeks", "2 games"), which is one person paying ahead.
 */
const TIMES = /(?:^| )(?:x ?([2-9])|([2-9]) ?x|for ([2-9])|for (two|three|four)|([2-9]|two|three|four) (?:of us|people|players|ppl|peeps|lads|of))(?: |$)/
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4 }
const PLUS_ONE = /(?:^| )(?:and|plus) ?(?:1|one)(?: |$)/
const BOTH_US = /(?:^| )(?:both of us|us both|us two|the both of us|the two of us|for us)(?: |$)/
const BOTH = /(?:^| )both(?: |$)/
/** "me and dev", "dev and me", "myself and dev", "me n dev", "me plus dev". */
const ME_AND = /(?:^| )(?:me|myself|mine) (?:and|n|plus|with) |(?:^| )(?:and|n|plus|with) (?:me|myself)(?: |$)/

/** Weeks, games or months: paying ahead or catching up, for the payer alone. */
export const WEEK_WORDS = new Set([
  'week', 'weeks', 'wk', 'wks', 'wkly', 'weekly', 'games', 'sessions', 'fortnight', 'month', 'months', 'monthly',
  'term', 'block', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january',
  'february', 'march', 'july', 'september', 'october', 'november', 'december', 'last', 'next', 'upfront', 'ahead',
  'arrears', 'catch', 'catchup', 'owed', 'outstanding',
])

/**
 * Someone other than the payer, without a name: "+ my brother", "for a mate", "guest". From a player
 * paying, the money may not be (only) their own subs.
 */
const RELATIONS = new Set([
  'guest', 'guests', 'friend', 'friends', 'mate', 'mates', 'brother', 'sister', 'cousin', 'son', 'daughter', 'dad', 'mum',
  'mom', 'wife', 'husband', 'partner', 'girlfriend', 'boyfriend', 'missus', 'colleague', 'neighbour', 'nephew', 'niece',
  'kid', 'kids', 'boy', 'lad', 'lads', 'pal', 'bro', 'sis', 'uncle', 'stepson', 'flatmate',
])
const ALWAYS_SOMEONE = new Set(['guest', 'guests', 'friend', 'friends', 'ringer', 'ringers'])
const RELATION_BEFORE = new Set(['my', 'for', 'and', 'plus', 'with', 'n', 'his', 'her', 'a', 'our'])

/** The relation word ("brother") when the note says it's (also) for someone the payer knows. */
export function readRelation(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (ALWAYS_SOMEONE.has(w)) return w
    if (RELATIONS.has(w) && i > 0 && RELATION_BEFORE.has(words[i - 1]!)) return w
  }
  return null
}

export interface Multiplier {
  /** How many people the note says it covers (2 for "x2"), when it says a number. */
  count: number | null
  /** "me and …": the payer is one of them. */
  withPayer: boolean
}

/** A note that says it covers more than one person, or null. Reads folded text. */
export function readMultiplier(folded: string, words: readonly string[]): Multiplier | null {
  const weeks = words.some((w) => WEEK_WORDS.has(w))
  const withPayer = ME_AND.test(folded)
  // "+1", "plus one": the payer and a guest.
  if (PLUS_ONE.test(folded)) return { count: 2, withPayer: true }
  const times = TIMES.exec(folded)
  if (times && !weeks) {
    const raw = times.slice(1).find((g) => g !== undefined)!
    return { count: NUMBER_WORDS[raw] ?? Number(raw), withPayer: true }
  }
  if (withPayer) return { count: null, withPayer: true }
  if (BOTH_US.test(folded) && !weeks) return { count: 2, withPayer: true }
  if (BOTH.test(folded) && !weeks) return { count: 2, withPayer: false }
  return null
}
