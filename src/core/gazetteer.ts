// Lookup over the gazetteer entries: by id, by ISO code (at a date), by name (exact or
// diacritic-insensitive) and along the 2025 successor chain. Pure; shared by CLI and browser.
import type { CountryCode, GazetteerEntry, SuccessorRef } from './types.ts';
import { nameKey, toneKey } from './normalize.ts';

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  get(id: string): GazetteerEntry | undefined;
  /**
   * The province-level unit with this ISO code that existed at `date` (YYYY[-MM[-DD]]).
   * Without a date: the unit as it was before the 2025 reorganisation (the codes' own meaning).
   */
  byIso(iso: string, date?: string | null): GazetteerEntry | undefined;
  /**
   * Entries bearing this name. Exact (case, spacing and tone-mark placement ignored) when any
   * entry matches so; otherwise diacritic-insensitive.
   */
  lookup(name: string): GazetteerEntry[];
  /** The entry, then its successor, then that one's successor … */
  successorChain(id: string): GazetteerEntry[];
  /** The successor to show for an entry (its last successor), or null when it still exists. */
  successorOf(id: string): (SuccessorRef & { date: string }) | null;
  country(code: CountryCode): GazetteerEntry;
  capital(code: CountryCode): GazetteerEntry;
}

/** Every name of an entry: official, English, aliases and the prefix-only names. */
export function allNames(e: GazetteerEntry): string[] {
  return [e.name, e.nameEn, ...e.aliases, ...(e.prefixOnly ?? [])];
}

/** Whether the entry existed on `date` (partial dates compare by their first day). */
export function validAt(e: GazetteerEntry, date: string): boolean {
  const d = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  if (e.validFrom && d < e.validFrom) return false;
  if (e.validTo && d > e.validTo) return false;
  return true;
}

const isUnit = (e: GazetteerEntry) => e.kind === 'province' || e.kind === 'municipality';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

// The rules read entry.country, entry.iso and entry.kind in their hottest loops. Rows from JSON
// carry a dozen different sets of optional keys, so each read met up to 13 hidden classes and V8
// could not keep one fast path for it; an entry with every key, in one order, has one.
// TypeScript fails here when GazetteerEntry gains a key, so a new field is never left out of the
// shape (nor dropped from entries, as a hand-copied list of fields would).
const EVERY_KEY = {
  id: undefined,
  kind: undefined,
  country: undefined,
  iso: undefined,
  name: undefined,
  nameEn: undefined,
  aliases: undefined,
  prefixOnly: undefined,
  coord: undefined,
  centre: undefined,
  parent: undefined,
  capital: undefined,
  validFrom: undefined,
  validTo: undefined,
  successor: undefined,
  formedFrom: undefined,
  note: undefined,
} satisfies Record<keyof GazetteerEntry, undefined>;

const oneShape = (e: GazetteerEntry): GazetteerEntry => ({ ...EVERY_KEY, ...e });

export function createGazetteer(rows: readonly GazetteerEntry[]): Gazetteer {
  const entries = rows.map(oneShape);
  const byId = new Map<string, GazetteerEntry>();
  const byIsoList = new Map<string, GazetteerEntry[]>();
  const exact = new Map<string, GazetteerEntry[]>();
  const loose = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    if (byId.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id}`);
    byId.set(e.id, e);
    if (isUnit(e)) pushTo(byIsoList, e.iso, e);
    for (const n of allNames(e)) {
      pushTo(exact, toneKey(n), e);
      pushTo(loose, nameKey(n), e);
    }
  }

  const get = (id: string) => byId.get(id);

  const successorChain = (id: string): GazetteerEntry[] => {
    const chain: GazetteerEntry[] = [];
    let e = byId.get(id);
    while (e && !chain.includes(e)) {
      chain.push(e);
      e = e.successor ? byId.get(e.successor.id) : undefined;
    }
    return chain;
  };

  const country = (code: CountryCode): GazetteerEntry => {
    const e = byId.get(code.toLowerCase());
    if (!e) throw new Error(`gazetteer: no country entry for ${code}`);
    return e;
  };

  return {
    entries,
    get,
    byIso(iso, date) {
      const list = byIsoList.get(iso) ?? [];
      const when = date ?? '2025-06-30';
      return list.find((e) => validAt(e, when)) ?? list[0];
    },
    lookup(name) {
      const hit = exact.get(toneKey(name));
      if (hit && hit.length > 0) return [...hit];
      return [...(loose.get(nameKey(name)) ?? [])];
    },
    successorChain,
    successorOf(id) {
      const chain = successorChain(id);
      if (chain.length < 2) return null;
      const last = chain[chain.length - 1]!;
      const first = chain[0]!;
      return { id: last.id, name: last.name, iso: last.iso, date: first.successor!.date };
    },
    country,
    capital(code) {
      const c = country(code);
      const cap = c.capital ? byId.get(c.capital) : undefined;
      if (!cap) throw new Error(`gazetteer: no capital for ${code}`);
      return cap;
    },
  };
}
