// Hostile values for the fuzz suites: what a compromised renderer, a careless script or a
// payer with a mischievous name could send. Shared by the IPC, CLI and hostile-string tests.
import fc from 'fast-check'

/** Strings that have broken apps before: markup, spreadsheet formulas, bidi tricks, NUL, huge. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t  ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '=HYPERLINK("https://evil.example","click")',
  '=cmd|\' /C calc\'!A0',
  '+44 7700 900123',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  'line1\r\nline2',
  '\u202Egnp.exe',
  '\u202Dleft\u202Eright\u202C',
  '\u0000',
  'nul\u0000in the middle',
  '\uD800',
  '\uFEFFbom',
  'Zoë Adebayo',
  '👍🏽⚽️',
  'x'.repeat(10_000),
  '='.repeat(5_000),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  '2026-02-30',
  '2026-13-01',
  '24:00',
  '19:60',
  'NaN',
  'Infinity',
  '1e309',
  '-0',
  "'; DROP TABLE players; --",
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  'tx_',
  'p_00000000-0000-0000-0000-000000000000',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://monzo.com.evil.example/',
]

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 81, max: 20_000 }), fc.constantFrom('a', '=', '\u202E', ' ', '<')).map(([n, c]) => c.repeat(n)) },
)

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 1_000_001, 1023, 65536, 41, 53),
  fc.double(),
  fc.integer(),
)

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
)

const key: fc.Arbitrary<string> = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'name', 'then'), fc.string({ maxLength: 12 }))

/** Any structured-clone-able value: what ipcRenderer.invoke could carry. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(key, tie('v'), { maxKeys: 5 }),
  ),
})).v

/** An object parsed from JSON with an own "__proto__" key: the classic pollution vector. */
export const pollutingObjects = (): unknown[] => [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"name": "ok", "__proto__": {"isAdmin": true}}'),
]
