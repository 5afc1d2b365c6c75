// A character trie over the compact folded form of every gazetteer name, so one pass over the
// article's tokens finds the longest name starting at each token, whatever the spacing,
// hyphenation, case or diacritics of the text.
import type { Gazetteer } from '../gazetteer.ts';
import { hasDiacritics, nameKey, toneKey } from '../normalize.ts';
import type { GazetteerEntry } from '../types.ts';
import { NON_PLACE_PHRASES } from './lexicon.ts';
import { wordTableGeneration, wordTableSize } from './tokens.ts';

export interface NameVariant {
  /** The name as written in the gazetteer. */
  name: string;
  toneKey: string;
  hasDiacritics: boolean;
  entries: GazetteerEntry[];
  /** Only a place when an administrative word stands before it. */
  prefixOnly: boolean;
  /** A phrase that is not a place at all (it only exists to win the longest match). */
  block: boolean;
}

export interface TrieNode {
  /** Children by UTF-16 code unit of the folded name. */
  next: Map<number, TrieNode>;
  variants: NameVariant[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), variants: null });

function insert(root: TrieNode, name: string, entry: GazetteerEntry | null, prefixOnly: boolean) {
  const key = nameKey(name);
  if (key.length === 0) return;
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    let child = node.next.get(ch);
    if (!child) {
      child = newNode();
      node.next.set(ch, child);
    }
    node = child;
  }
  node.variants ??= [];
  const tk = toneKey(name);
  let v = node.variants.find((x) => x.toneKey === tk && x.prefixOnly === prefixOnly);
  if (!v) {
    v = {
      name,
      toneKey: tk,
      hasDiacritics: hasDiacritics(name),
      entries: [],
      prefixOnly,
      block: entry === null,
    };
    node.variants.push(v);
  }
  if (entry && !v.entries.includes(entry)) v.entries.push(entry);
}

/** Builds the trie of every name of every place (countries excluded: they are not places). */
export function buildNameIndex(gaz: Gazetteer): TrieNode {
  const root = newNode();
  for (const e of gaz.entries) {
    if (e.kind === 'country') continue;
    // A name listed as prefix-only is never matched bare, even when it is also the entry's name.
    const prefixOnly = new Set((e.prefixOnly ?? []).map(toneKey));
    for (const n of [e.name, e.nameEn, ...e.aliases]) {
      if (!prefixOnly.has(toneKey(n))) insert(root, n, e, false);
    }
    for (const n of e.prefixOnly ?? []) insert(root, n, e, true);
  }
  for (const phrase of NON_PLACE_PHRASES) insert(root, phrase, null, false);
  return root;
}

/**
 * The trie laid flat for the hot loop: node n's child for a-z / 0-9 is child[n * 36 + slot]
 * (-1: none); other code units (rare once folded) go through a small map per node.
 */
export interface NameIndex {
  child: Int32Array;
  other: (Map<number, number> | null)[];
  variants: (NameVariant[] | null)[];
  /**
   * afterWord[id]: 2 + the node reached from the root by the whole folded word with that id in
   * the tokeniser's word table (1: none), 0 when not yet walked; for the table's generation
   * `afterWordGeneration`. Most words start no name: one look-up instead of a walk per token.
   */
  afterWord: Int32Array;
  afterWordGeneration: number;
}

/** The node reached from `node` by code unit `code`, or -1. Node 0 is the root. */
export function step(idx: NameIndex, node: number, code: number): number {
  if (code >= 97 && code <= 122) return idx.child[node * 36 + code - 97]!;
  if (code >= 48 && code <= 57) return idx.child[node * 36 + 26 + code - 48]!;
  return idx.other[node]?.get(code) ?? -1;
}

/** The node reached from the root by every code unit of `f`, or -1. */
function walkFromRoot(idx: NameIndex, f: string): number {
  let node = 0;
  for (let c = 0; c < f.length && node >= 0; c++) node = step(idx, node, f.charCodeAt(c));
  return node;
}

/**
 * The node reached from the root by the folded word `f` (the tokeniser's word `id`, or -1 for a
 * word not in its table), or -1: walked once per word and table generation.
 */
export function nodeAfterWord(idx: NameIndex, id: number, f: string): number {
  if (id < 0) return walkFromRoot(idx, f);
  if (idx.afterWordGeneration !== wordTableGeneration()) {
    idx.afterWordGeneration = wordTableGeneration();
    idx.afterWord.fill(0);
  }
  if (id >= idx.afterWord.length) {
    const grown = new Int32Array(Math.max(wordTableSize(), id + 1) * 2);
    grown.set(idx.afterWord);
    idx.afterWord = grown;
  }
  let v = idx.afterWord[id]!;
  if (v === 0) v = idx.afterWord[id] = walkFromRoot(idx, f) + 2;
  return v - 2;
}

function flatten(root: TrieNode): NameIndex {
  const nodes: TrieNode[] = [root];
  const number = new Map<TrieNode, number>([[root, 0]]);
  for (let i = 0; i < nodes.length; i++) {
    for (const child of nodes[i]!.next.values()) {
      number.set(child, nodes.length);
      nodes.push(child);
    }
  }
  const idx: NameIndex = {
    child: new Int32Array(nodes.length * 36).fill(-1),
    other: nodes.map(() => null),
    variants: nodes.map((n) => n.variants),
    afterWord: new Int32Array(1024),
    afterWordGeneration: -1,
  };
  nodes.forEach((n, i) => {
    for (const [code, child] of n.next) {
      const slot =
        code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 + code - 48 : -1;
      if (slot >= 0) idx.child[i * 36 + slot] = number.get(child)!;
      else (idx.other[i] ??= new Map()).set(code, number.get(child)!);
    }
  });
  return idx;
}

const cache = new WeakMap<Gazetteer, NameIndex>();

export function nameIndexFor(gaz: Gazetteer): NameIndex {
  let idx = cache.get(gaz);
  if (!idx) {
    idx = flatten(buildNameIndex(gaz));
    cache.set(gaz, idx);
  }
  return idx;
}
