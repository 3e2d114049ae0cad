/**
 * Inputs for the property suites: random strings biased towards what the parsers react to, and
 * mutations of real text (the way pages damage lists: lost or doubled characters, other separators,
 * stray brackets, line breaks, shouting, cut-offs).
 */
import fc from 'fast-check';

/** Characters the splitter, the list finder and the matcher treat specially. */
export const SPECIAL = [
  ',',
  ';',
  '\u3001',
  '\uFF0C',
  '•',
  '\n',
  '|',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '.',
  ':',
  '：',
  '-',
  '−',
  '–',
  '/',
  '%',
  '+',
  '±',
  '*',
  '†',
  '"',
  '“',
  "'",
  '’',
  '′',
  '&',
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '0',
  '1',
  '2',
  '4',
  '9',
  'İ', // lower-cases to two code units
  'ß',
  'é',
  'K', // Kelvin sign: lower-cases to ASCII "k"
  '😀',
];

/** Words and phrases that open, label, join or close lists, and a few real names. */
export const PHRASES = [
  'May contain',
  'may contain:',
  '(May contain / Peut contenir):',
  'Peut contenir',
  'kann enthalten',
  '+/-',
  '[+/-',
  '(+/-)',
  'Ingredients:',
  'INGREDIENTS',
  'Full ingredients list:',
  'INCI:',
  'Active Ingredient:',
  'Inactive Ingredients:',
  'Purpose',
  'Sunscreen',
  'Directions',
  'Warnings:',
  '(and)',
  ' and ',
  ' & ',
  '(nano)',
  'Water',
  'Aqua/Water/Eau',
  'Glycerin',
  'Caprylic',
  'Capric Triglyceride',
  'Aminomethyl\nPropanol',
  '1,2-Hexanediol',
  '1, 2-Hexanediol',
  '4,4′-',
  'Zinc Oxide 20% .......... Sunscreen',
  '0,5%',
  'CI 77891',
  'Parfum*',
  '*Organic',
  'Please be aware that ingredient lists may change.',
  'with the',
  '-Hyaluronic Acid: Hydrates skin.',
  'Niacinamide',
  'Sodium Hyaluronate',
];

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));

/** A random word of ASCII letters. */
export const word = fc.string({ unit: letters, minLength: 1, maxLength: 12 });

/**
 * Any code point, lone surrogates included, as often from the ASCII, the rest of the basic and the
 * astral planes. (fast-check's own "binary" unit costs a second to build in every test file.)
 */
export const codePoint = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xffff }),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((c) => String.fromCodePoint(c));

/** Any code points at all. */
export const unicodeText = fc.string({ unit: codePoint, maxLength: 200 });

/** Mostly separators, brackets and marks, with a few letters between them. */
export const punctuationText = fc.string({
  unit: fc.oneof(fc.constantFrom(...SPECIAL), letters),
  maxLength: 200,
});

/** One very long token, with or without spaces: the fuzzy matcher and the splitter's loops must cope. */
export const longToken = fc
  .tuple(fc.string({ unit: letters, minLength: 200, maxLength: 2000 }), fc.boolean())
  .map(([s, spaced]) => (spaced ? s.replace(/(.{9})/g, '$1 ') : s));

/** Fragments that look like a list: phrases, words, special characters, in any order. */
export const listLikeText = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), word, fc.constantFrom(...SPECIAL), unicodeText), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

/** Every kind of random text above. */
export const anyText = fc.oneof(unicodeText, punctuationText, listLikeText, longToken);

type Mutation = { op: number; at: number; length: number; insert: string; flag: boolean };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.nat(8),
  at: fc.nat(),
  length: fc.nat(30),
  insert: fc.oneof(fc.constantFrom(...SPECIAL), fc.constantFrom(...PHRASES), unicodeText),
  flag: fc.boolean(),
});

const SEPARATORS = [',', ', ', ';', '; ', '\n', ' • ', '|', '，', '、', ' / ', '.'];

/** Applies one mutation to `text`; positions are taken modulo the current length. */
function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  const end = Math.min(text.length, at + m.length);
  switch (m.op) {
    case 0: // delete a run of characters
      return text.slice(0, at) + text.slice(end);
    case 1: // insert a character or a phrase
      return text.slice(0, at) + m.insert + text.slice(at);
    case 2: // duplicate a run
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 3: {
      // another separator, everywhere or once
      const to = SEPARATORS[m.length % SEPARATORS.length] as string;
      return m.flag ? text.replaceAll(',', to) : text.slice(0, at) + text.slice(at).replace(',', to);
    }
    case 4: {
      // an unbalanced or a balanced bracket
      const [open, close] = (['()', '[]', '{}'][m.length % 3] as string).split('') as [string, string];
      return m.flag
        ? `${text.slice(0, at)}${open}${text.slice(at, end)}${close}${text.slice(end)}`
        : text.slice(0, at) + (m.length % 2 ? open : close) + text.slice(at);
    }
    case 5: // shout or whisper a run
      return (
        text.slice(0, at) + text.slice(at, end)[m.flag ? 'toUpperCase' : 'toLowerCase']() + text.slice(end)
      );
    case 6: // a line break, alone or with indentation
      return `${text.slice(0, at)}\n${m.flag ? ' '.repeat(m.length) : ''}${text.slice(at)}`;
    case 7: // cut off
      return text.slice(0, at);
    default: // a run of whitespace, as templates indent text
      return text.slice(0, at) + ' '.repeat(m.length * 12) + text.slice(at);
  }
}

/** Text drawn from `base`, damaged by up to `max` mutations. */
export function damaged(base: fc.Arbitrary<string>, max = 6): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(mutation, { maxLength: max })).map(([text, ms]) => ms.reduce(mutate, text));
}

/** One of `samples`, damaged by up to `max` mutations. */
export const mutated = (samples: readonly string[], max = 6): fc.Arbitrary<string> =>
  damaged(fc.constantFrom(...samples), max);

/** Runs of spaces and indented line breaks as long as templates leave them: claims span them too. */
export const whitespaceRun = fc
  .tuple(fc.nat(400), fc.boolean())
  .map(([n, line]) => (line ? `\n${' '.repeat(n)}` : ' '.repeat(n + 1)));
