// Short and long forms of first names, as squads and banks write them: a player typed as "Ollie"
// banks as "Oliver", "Femi" as "Oluwafemi", "Dan" as "Daniel". Sharing only the first letters
// ("Mark", "Martin") is evidence enough to suggest the player, never to credit; a common form of the
// player's own first name with their surname credits only when nobody else in the squad could be
// that payer (the matcher decides that: a brother or sister shares the surname too).
// The one place this vocabulary lives.

/** Well-known forms that don't share their first three letters. Long form -> short forms. */
const IRREGULAR: Record<string, string[]> = {
  oliver: ['ollie', 'olly', 'oli'],
  olivia: ['liv', 'livvy', 'livi'],
  william: ['will', 'bill', 'billy', 'liam', 'wills'],
  robert: ['rob', 'bob', 'bobby', 'robbie', 'bert'],
  richard: ['rich', 'rick', 'ricky', 'dick', 'richie'],
  edward: ['ed', 'eddie', 'eddy', 'ted', 'teddy', 'ned'],
  james: ['jim', 'jimmy', 'jamie', 'jimbo'],
  john: ['jack', 'johnny', 'jonny'],
  jonathan: ['jon', 'jonny', 'johnny', 'jono'],
  henry: ['harry', 'hal', 'hank'],
  harold: ['harry', 'hal'],
  margaret: ['maggie', 'peggy', 'meg', 'marge'],
  elizabeth: ['liz', 'lizzie', 'lizzy', 'beth', 'betty', 'bess', 'eliza', 'libby', 'elsie'],
  catherine: ['kate', 'katie', 'cath', 'cathy', 'kat', 'kit'],
  katherine: ['kate', 'katie', 'kath', 'kathy', 'kat', 'kit'],
  rebecca: ['becky', 'becca', 'bex'],
  alexander: ['alex', 'sandy', 'xander', 'al', 'lex'],
  alexandra: ['alex', 'sandra', 'lexi', 'sasha'],
  gareth: ['gaz'],
  gary: ['gaz'],
  darren: ['daz'],
  barry: ['baz'],
  sharon: ['shaz'],
  charles: ['charlie', 'chas', 'chaz', 'chuck'],
  anthony: ['tony', 'ant'],
  antony: ['tony', 'ant'],
  patrick: ['pat', 'paddy'],
  francis: ['frank', 'frankie', 'fran'],
  michael: ['mike', 'mick', 'micky', 'mikey', 'mickey'],
  christopher: ['chris', 'kit', 'topher'],
  nicholas: ['nick', 'nicky', 'nico'],
  joseph: ['joe', 'joey', 'jo'],
  thomas: ['tom', 'tommy'],
  daniel: ['dan', 'danny'],
  matthew: ['matt', 'matty'],
  andrew: ['andy', 'drew'],
  stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'],
  david: ['dave', 'davey', 'davy'],
  peter: ['pete'],
  benjamin: ['ben', 'benny', 'benji'],
  samuel: ['sam', 'sammy'],
  samantha: ['sam', 'sammy'],
  frederick: ['fred', 'freddie', 'freddy'],
  archibald: ['archie'],
  alfred: ['alfie', 'alf'],
  theodore: ['theo', 'ted', 'teddy'],
  nathaniel: ['nate', 'nat'],
  nathan: ['nate', 'nat'],
  zachary: ['zach', 'zak', 'zack'],
  jacob: ['jake'],
  isabella: ['izzy', 'bella', 'issy'],
  isabel: ['izzy', 'bella', 'issy'],
  victoria: ['vicky', 'vikki', 'tori'],
  jennifer: ['jen', 'jenny'],
  susan: ['sue', 'susie'],
  deborah: ['debbie', 'deb', 'debs'],
  abigail: ['abbie', 'abby', 'abi'],
  eleanor: ['ellie', 'nell', 'nellie', 'ella'],
  mohammed: ['mo', 'moe'],
  mohammad: ['mo', 'moe'],
  muhammad: ['mo', 'moe'],
  mohamed: ['mo', 'moe'],
  callum: ['cal'],
  cameron: ['cam'],
  joshua: ['josh'],
  oluwaseun: ['seun'],
  babatunde: ['tunde'],
  adebayo: ['bayo'],
  olamide: ['lami'],
  chukwuemeka: ['emeka'],
  chidiebere: ['chidi'],
  siobhan: ['shiv'],
}

const SHORT_TO_LONG = new Map<string, Set<string>>()
for (const [long, shorts] of Object.entries(IRREGULAR)) {
  for (const s of shorts) {
    let set = SHORT_TO_LONG.get(s)
    if (!set) SHORT_TO_LONG.set(s, (set = new Set()))
    set.add(long)
  }
}

/** Yoruba names shorten by dropping the praise prefix: Oluwafemi -> Femi, Oluwatobi -> Tobi. */
const DROPPED_PREFIXES = ['oluwa', 'olu', 'ade', 'ayo', 'ola', 'oye', 'fola', 'baba']

/**
 * Could `a` and `b` be forms of the same first name? "Ollie"/"Oliver", "Dan"/"Daniel",
 * "Femi"/"Oluwafemi", "Josh"/"Joshua" (the same first three letters). Never the same name twice.
 */
export function isShortFormOf(a: string, b: string): boolean {
  if (a === b || a.length < 2 || b.length < 2) return false
  if (a.length >= 3 && b.length >= 3 && a.slice(0, 3) === b.slice(0, 3)) return true
  if (SHORT_TO_LONG.get(a)?.has(b) || SHORT_TO_LONG.get(b)?.has(a)) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 3 && DROPPED_PREFIXES.some((p) => long === p + short)
}

/**
 * Forms of one first name an organiser takes for the same person without asking: a pair in the table
 * above where the short form belongs to that one long form only ("Dan"/"Daniel", "Ollie"/"Oliver",
 * "Josh"/"Joshua", "Gaz"/"Gareth"), or a dropped praise prefix ("Femi"/"Oluwafemi"). Not a short
 * form shared by two names ("Sam": Samuel or Samantha; "Alex"; "Harry"), and never names that merely
 * start alike ("Dan"/"Danielle", "Joe"/"Joel", "Raj"/"Rajesh", "Mark"/"Martin").
 */
export function isCommonFormOf(a: string, b: string): boolean {
  if (a === b || a.length < 2 || b.length < 2) return false
  const onlyLong = (short: string, long: string) => {
    const longs = SHORT_TO_LONG.get(short)
    return longs !== undefined && longs.size === 1 && longs.has(long)
  }
  if (onlyLong(a, b) || onlyLong(b, a)) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 3 && DROPPED_PREFIXES.some((p) => long === p + short)
}
