/**
 * Trigger words for a regular expression: a set of lower-case word prefixes such that every match of
 * the pattern contains a word that starts with one of them. A page is then scanned once for trigger
 * words, and a claim pattern runs only near its triggers instead of over the whole page.
 *
 * The analysis parses the subset of regex syntax the knowledge base uses (literals, escapes, classes,
 * groups, lookarounds, alternation, quantifiers). When it cannot prove a trigger set it returns null,
 * and the caller falls back to scanning the whole text with that pattern: it is never unsafe, only slower.
 */

type Node =
  | { t: 'char'; ch: string }
  | { t: 'wordStart' }
  | { t: 'sep' }
  | { t: 'other' }
  | { t: 'zero' }
  | { t: 'group'; alts: Node[][] }
  | { t: 'repeat'; node: Node; min: number };

const WORD = /[a-z0-9]/;

/** Parses `source` into alternatives of sequences; throws on syntax it does not know. */
function parse(source: string): Node[][] {
  let i = 0;
  const alternation = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = parseAtom();
      (alts[alts.length - 1] as Node[]).push(quantified(atom));
    }
    return alts;
  };
  const quantified = (atom: Node): Node => {
    const q = source[i];
    let min = 1;
    let max = 1;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (source[i] === '?') i++;
    return min === 1 && max === 1 ? atom : { t: 'repeat', node: atom, min };
  };
  const parseAtom = (): Node => {
    const ch = source[i++] as string;
    if (ch === '(') {
      let zeroWidth = false;
      if (source[i] === '?') {
        const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(source.slice(i));
        if (!head) throw new Error('bad group');
        zeroWidth = head[0] !== '?:' && !head[0].startsWith('?<') ? true : /^\?<[=!]/.test(head[0]);
        i += head[0].length;
      }
      const alts = alternation();
      if (source[i++] !== ')') throw new Error('unclosed group');
      return zeroWidth ? { t: 'zero' } : { t: 'group', alts };
    }
    if (ch === '[') {
      const end = classEnd(source, i);
      const body = source.slice(i, end);
      i = end + 1;
      return classKind(body);
    }
    if (ch === '\\') {
      const e = source[i++] as string;
      if (e === 'b') return { t: 'wordStart' };
      if (e === 's' || e === 'W') return { t: 'sep' };
      if (/[dwDSB]/.test(e)) return e === 'B' ? { t: 'zero' } : { t: 'other' };
      if (e === 'u' || e === 'x') {
        i += e === 'u' ? 4 : 2;
        return { t: 'other' };
      }
      return literal(e);
    }
    if (ch === '^' || ch === '$') return { t: 'zero' };
    if (ch === '.') return { t: 'other' };
    if (ch === '|' || ch === ')' || ch === '*' || ch === '+' || ch === '?' || ch === '{')
      throw new Error('unexpected');
    return literal(ch);
  };
  const alts = alternation();
  if (i !== source.length) throw new Error('trailing input');
  return alts;
}

function literal(ch: string): Node {
  const lower = ch.toLowerCase();
  if (WORD.test(lower)) return { t: 'char', ch: lower };
  return /\s/.test(ch) || /[-'’.,:;!/&]/.test(ch) ? { t: 'sep' } : { t: 'other' };
}

function classEnd(source: string, from: number): number {
  for (let j = from; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']' && j > from) return j;
  }
  throw new Error('unclosed class');
}

/**
 * A class of only non-word characters separates words; anything else is "some character". A '-'
 * between two members makes a range, which may span word characters ("[+-=]" holds the digits).
 */
function classKind(body: string): Node {
  if (body.startsWith('^')) return { t: 'other' };
  const range = /[^\\]-(?!$)/.test(body.replace(/\\\\/g, ''));
  const unescaped = body.replace(/\\s/g, ' ').replace(/\\(.)/g, '$1');
  return range || /[a-z0-9_\\]/i.test(unescaped) ? { t: 'other' } : { t: 'sep' };
}

type Triggers = Set<string> | null;

/** True when every way through `seq` ends on a separator, so whatever follows starts a word. */
function endsWithSep(seq: Node[]): boolean {
  for (let k = seq.length - 1; k >= 0; k--) {
    const n = seq[k] as Node;
    if (n.t === 'zero') continue;
    if (n.t === 'sep' || n.t === 'wordStart') return true;
    if (n.t === 'repeat') return n.min >= 1 && (n.node.t === 'sep' || n.node.t === 'wordStart');
    if (n.t === 'group') return n.alts.every(endsWithSep);
    return false;
  }
  return false;
}

/**
 * True when every way through `seq` from `from` starts with a separator, so a word that ends right
 * before `from` is a whole word; `follow` says the same of whatever comes after `seq`.
 */
function startsWithSep(seq: Node[], from: number, follow: boolean): boolean {
  for (let k = from; k < seq.length; k++) {
    const n = seq[k] as Node;
    if (n.t === 'zero') continue;
    // After a word character, \b holds only where a non-word character (or the end) comes next.
    if (n.t === 'sep' || n.t === 'wordStart') return true;
    if (n.t === 'repeat') {
      // An optional part ("(?:\s+added)?") may be skipped: then what follows it comes first.
      const inner = startsWithSep([n.node], 0, false);
      return inner && (n.min >= 1 || startsWithSep(seq, k + 1, follow));
    }
    if (n.t === 'group') {
      const after = startsWithSep(seq, k + 1, follow);
      return n.alts.every((alt) => startsWithSep(alt, 0, after));
    }
    return false;
  }
  return follow;
}

/**
 * A trigger word as the index keeps it: a trailing space marks a whole word, one that a separator
 * always follows ("no" in "no\s+parabens" fires on "no", not on "note" or "nourishing").
 */
const triggerWord = (word: string, whole: boolean): string => (whole ? `${word} ` : word);

/** Fewer, longer and whole trigger words scan faster: prefer them. */
const score = (set: Set<string>): number => Math.min(...[...set].map((w) => w.length)) * 10 - set.size;

/**
 * Triggers of a sequence: any one mandatory element that must start a word with a known literal will
 * do; the best-scoring one is kept. `start` tracks whether the current position is a word start.
 */
function sequenceTriggers(seq: Node[], atWordStart: boolean, follow: boolean): Triggers {
  let start = atWordStart;
  let best: Triggers = null;
  const consider = (set: Triggers): void => {
    if (set && (!best || score(set) > score(best))) best = set;
  };
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k] as Node;
    switch (node.t) {
      case 'zero':
        break;
      case 'wordStart':
      case 'sep':
        start = true;
        break;
      case 'other':
        start = false;
        break;
      case 'char': {
        let word = '';
        let j = k;
        for (; j < seq.length && (seq[j] as Node).t === 'char'; j++) word += (seq[j] as { ch: string }).ch;
        if (start && word.length >= 2) consider(new Set([triggerWord(word, startsWithSep(seq, j, follow))]));
        k = j - 1;
        start = false;
        break;
      }
      case 'group':
        consider(alternativesTriggers(node.alts, start, startsWithSep(seq, k + 1, follow)));
        start = node.alts.every(endsWithSep);
        break;
      case 'repeat': {
        const inner = node.node;
        if (inner.t === 'sep' || inner.t === 'wordStart') {
          // A mandatory separator starts a word; an optional one leaves the state as it was.
          if (node.min >= 1) start = true;
          break;
        }
        if (inner.t === 'group') {
          // What follows a repeated group may be the group again: no word in it is known to be whole.
          if (node.min >= 1) consider(alternativesTriggers(inner.alts, start, false));
          const endsSep = inner.alts.every(endsWithSep);
          start = node.min === 0 ? start && endsSep : endsSep;
          break;
        }
        start = false;
        break;
      }
    }
  }
  return best;
}

function alternativesTriggers(alts: Node[][], atWordStart: boolean, follow: boolean): Triggers {
  const all = new Set<string>();
  for (const alt of alts) {
    const set = sequenceTriggers(alt, atWordStart, follow);
    if (!set) return null;
    for (const w of set) all.add(w);
  }
  return all;
}

export interface PatternTriggers {
  /** Lower-case word prefixes; one ending in a space is a whole word (see triggerWord). */
  words: string[];
  /** True when every match starts exactly at a trigger word, so the pattern can be tried right there. */
  leading: boolean;
}

/** Triggers of the pattern's first element when it starts the match at a word start, else null. */
function leadingTriggers(alts: Node[][], follow: boolean): Triggers {
  const all = new Set<string>();
  for (const seq of alts) {
    let k = 0;
    while (k < seq.length && ((seq[k] as Node).t === 'zero' || (seq[k] as Node).t === 'wordStart')) k++;
    if (k === 0 || (seq[k - 1] as Node).t !== 'wordStart') return null;
    const node = seq[k];
    let set: Triggers = null;
    if (node?.t === 'char') {
      let word = '';
      let j = k;
      for (; j < seq.length && (seq[j] as Node).t === 'char'; j++) word += (seq[j] as { ch: string }).ch;
      set = word.length >= 2 ? new Set([triggerWord(word, startsWithSep(seq, j, follow))]) : null;
    } else if (node?.t === 'group') {
      const after = startsWithSep(seq, k + 1, follow);
      set = leadingTriggers(
        node.alts.map((alt) => [{ t: 'wordStart' } as Node, ...alt]),
        after,
      );
    }
    if (!set) return null;
    for (const w of set) all.add(w);
  }
  return all;
}

/** Trigger word prefixes for a pattern, or null when none can be proven. */
export function triggersOf(pattern: string): PatternTriggers | null {
  try {
    const alts = parse(pattern);
    // Nothing is known of what follows a match.
    const leading = leadingTriggers(alts, false);
    if (leading) return { words: [...leading].sort(), leading: true };
    const set = alternativesTriggers(alts, false, false);
    return set ? { words: [...set].sort(), leading: false } : null;
  } catch {
    return null;
  }
}
