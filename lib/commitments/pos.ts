// Part-of-speech facts about single words, from compromise's English lexicon and its
// suffix rules for unknown words. The classifier reads grammar from them (is this word a
// verb, a participle, an adverb, a determiner?) instead of keeping its own word lists.
// Only words at decisive positions of a candidate clause are looked up, and answers are
// cached, so the cost per message stays a few map look-ups.
import nlp from 'compromise/two';

const cache = new Map<string, ReadonlySet<string>>();
const MAX_CACHE = 20_000;
const EMPTY: ReadonlySet<string> = new Set();

interface Term {
  tags: Set<string>;
}

/** compromise tags of one word (with their parents: "Infinitive" comes with "Verb"). */
/** Whether the tags hold any of `names`. */
export function hasAnyTag(tags: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.some((n) => tags.has(n));
}

export function wordTags(word: string): ReadonlySet<string> {
  const w = word.toLowerCase();
  if (!/^[a-z][a-z'’-]*$/.test(w) || w.length > 40) return EMPTY;
  const hit = cache.get(w);
  if (hit) return hit;
  const docs = nlp.tokenize(w).compute(['lexicon', 'preTagger']).docs as Term[][];
  const tags: ReadonlySet<string> = docs[0]?.[0]?.tags ?? EMPTY;
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(w, tags);
  return tags;
}

type Transform = (word: string, model: unknown, form: string) => string;
const world = nlp.world() as unknown as { methods: { two: { transform: { verb: { toInfinitive: Transform } } } }; model: unknown };

/** The base form of a verb form ("sending" → "send", "shipped" → "ship", "sent" → "send"). */
export function infinitive(word: string, form: 'Gerund' | 'PastTense'): string {
  const w = word.toLowerCase();
  try {
    return world.methods.two.transform.verb.toInfinitive(w, world.model, form) || w;
  } catch {
    return w;
  }
}

export const isVerb = (w: string): boolean => wordTags(w).has('Verb');
/** A real -ing form; short verbs that end in -ing ("ping", "ring", "bring") are base forms. */
export const isGerund = (w: string): boolean => wordTags(w).has('Gerund') && w.length >= 6;
export const isBaseVerb = (w: string): boolean => {
  const t = wordTags(w);
  return t.has('Infinitive') || (t.has('PresentTense') && !isGerund(w) && !/s$/i.test(w));
};
export const isParticiple = (w: string): boolean => {
  const t = wordTags(w);
  // After "be" or "have it", an -ed form is a participle even where the lexicon lists the adjective ("fixed").
  return t.has('PastTense') || t.has('Participle') || /^[a-z]{2,}ed$/i.test(w) || /^(?:done|set|put|sent|cut|sorted|built|written|given|taken|brought|shown|run|paid|made)$/i.test(w);
};
export const isAdverb = (w: string): boolean => wordTags(w).has('Adverb') || /^[a-z]{3,}ly$/i.test(w);

/** Words that open or fill a noun phrase: determiners, possessives, pronouns, numbers. */
export function isNounPhraseStart(w: string): boolean {
  const t = wordTags(w);
  return t.has('Determiner') || t.has('Possessive') || t.has('Pronoun') || t.has('Value') || /^(?:u|ya|y'all|\d+)$/i.test(w);
}

/** Content words of a noun phrase: nouns, adjectives, numbers, possessive nouns. */
export function isNounPhraseWord(w: string): boolean {
  const t = wordTags(w);
  if (/['’]s$/i.test(w)) return true;
  return (t.has('Noun') || t.has('Adjective') || t.has('Value') || t.has('Gerund') || t.size === 0 || t.has('Acronym') || t.has('Abbreviation')) && !t.has('Preposition') && !t.has('Conjunction') && !t.has('Pronoun');
}

export interface TaggedWord {
  text: string;
  tags: ReadonlySet<string>;
}

interface ContextTerm {
  text: string;
  implicit?: string;
  tags: Set<string>;
}

/**
 * Words of a short phrase tagged in context by compromise's full tagger ("the draft" is a
 * noun there, "draft" alone a verb). Costs about a tenth of a millisecond per phrase, so
 * it is used only where a single word's tags cannot decide.
 */
export function tagPhrase(text: string): TaggedWord[] {
  const docs = nlp(text.slice(0, 300)).docs as ContextTerm[][];
  return docs.flat().filter((t) => t.text !== '').map((t) => ({ text: t.text, tags: t.tags }));
}
