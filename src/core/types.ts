// Shared types of the pure core: the gazetteer, what the geocoding step finds in one article,
// and the dataset files it writes for the explorer. Coordinates are always [lon, lat]
// (GeoJSON order), with 6 decimals at most in output.

export type CountryCode = 'VN' | 'LA' | 'KH';
export const COUNTRIES: readonly CountryCode[] = ['VN', 'LA', 'KH'];

/**
 * country: the state itself (only used to place national-level actors at its capital).
 * municipality: a province-level city (Hà Nội, Huế, Vientiane Capital, Phnom Penh …).
 * province: a province-level unit that is not a city.
 * city: a town or city inside a province (carries its province's ISO code).
 */
export type PlaceKind = 'country' | 'municipality' | 'province' | 'city';

export type LonLat = [lon: number, lat: number];

/** One row of the gazetteer, as written in geodata/gazetteer/*.json. */
export interface GazetteerEntry {
  /** Stable id, e.g. "vn:thai-binh", "vn:hung-yen-2025", "la:vientiane-capital", "la:pakse". */
  id: string;
  kind: PlaceKind;
  country: CountryCode;
  /** ISO 3166-2 code of the province-level unit the place is or lies in ("VN", "LA", "KH" for countries). */
  iso: string;
  /** Official Vietnamese name (NFC), as a Vietnamese reader writes it. */
  name: string;
  /** Usual English / romanised name. */
  nameEn: string;
  /** Every other spelling the press uses (Vietnamese transliterations, romanisations, old names). */
  aliases: string[];
  /**
   * Names that denote this place only when an administrative word stands right before them
   * ("thành phố Kaysone Phomvihane", "TP Hồ Chí Minh"): bare, they are usually a person or a site.
   */
  prefixOnly?: string[];
  /** Administrative centre, [lon, lat]. */
  coord: LonLat;
  /** Name of the administrative centre (for units). */
  centre?: string;
  /** For a city: the id of the province-level unit it lies in. */
  parent?: string;
  /** For a country: the id of its capital unit. */
  capital?: string;
  /** First day the unit existed in this form (YYYY-MM-DD), when it matters. */
  validFrom?: string;
  /** Last day the unit existed in this form (YYYY-MM-DD). */
  validTo?: string;
  /** The unit that took this one over after validTo, with the date it took effect. */
  successor?: { id: string; date: string };
  /** Old units that were merged into this one (for units created by a merger). */
  formedFrom?: string[];
  /** Free-text facts a reviewer should know (status changes, sources of doubt). */
  note?: string;
}

export interface SuccessorRef {
  id: string;
  name: string;
  iso: string;
}

/** A place found in one article. Spans are [start, end) UTF-16 offsets into the article text. */
export interface FoundPlace {
  id: string;
  name: string;
  country: CountryCode;
  iso: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  spans: [number, number][];
  successor: SuccessorRef | null;
}

export type LinkKind = 'visit' | 'sister';
export const LINK_KINDS: readonly LinkKind[] = ['sister', 'visit'];

export interface LinkEnd {
  id: string;
  iso: string;
  /** "national" when the actor is a national body placed at its capital. */
  level: 'national' | 'local';
}

/** A link found in one article. For sister links from/to are in a canonical order (undirected). */
export interface FoundLink {
  kind: LinkKind;
  from: LinkEnd;
  to: LinkEnd;
  /** YYYY-MM-DD, YYYY-MM or YYYY, or null when the article does not say. */
  date: string | null;
  evidence: string;
  evidenceSpan: [number, number];
}

/** What the geocoding step writes for one article (one line of --ndjson output). */
export interface ArticleResult {
  file: string;
  id: string;
  title: string;
  date: string | null;
  url: string | null;
  places: FoundPlace[];
  links: FoundLink[];
  warnings: string[];
}

/** Country pair of a link, the two codes sorted: "LA-VN", "KH-VN", "KH-LA" (or "VN-VN" …). */
export type CountryPair = `${CountryCode}-${CountryCode}`;

// ---- Dataset files (geodata/dataset/*), read by the explorer ----

export interface PlaceProperties {
  id: string;
  name: string;
  nameEn: string;
  country: CountryCode;
  iso: string;
  kind: PlaceKind;
  /** The unit this place is in (cities) */
  parent: string | null;
  /** YYYY-MM-DD the unit ceased to exist in this form, or null. */
  validTo: string | null;
  successor: (SuccessorRef & { date: string }) | null;
  /** Ids of the articles that mention the place. */
  articles: string[];
  /** Number of links (arcs) that touch the place. */
  linkCount: number;
}

export interface LinkArticleRef {
  article: string;
  date: string | null;
  evidence: string;
  /** [start, end) offsets, inside `evidence`, of the place names it mentions (for highlighting). */
  highlights: [number, number][];
}

export interface LinkProperties {
  id: string;
  kind: LinkKind;
  from: LinkEnd;
  to: LinkEnd;
  pair: CountryPair;
  /** Sorted distinct dates stated by the articles (YYYY[-MM[-DD]]). */
  dates: string[];
  /** Earliest and latest date (for the time filter), null when no article states one. */
  firstDate: string | null;
  lastDate: string | null;
  articles: LinkArticleRef[];
  /** Which of the links between the same two places this is (0 = middle), for arc offsets. */
  offset: number;
}

export interface PointFeature<P> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: LonLat };
  properties: P;
}

export interface LineFeature<P> {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'LineString'; coordinates: LonLat[] };
  properties: P;
}

export interface FeatureCollection<F> {
  type: 'FeatureCollection';
  features: F[];
}

export type PlacesFile = FeatureCollection<PointFeature<PlaceProperties>>;
export type LinksFile = FeatureCollection<LineFeature<LinkProperties>>;

export interface ArticleRecord {
  id: string;
  file: string;
  title: string;
  date: string | null;
  url: string | null;
  places: string[];
  links: string[];
}

export interface ArticlesFile {
  version: 1;
  articles: ArticleRecord[];
}

// ---- Input of the extractor ----

/** A range of the article text, [start, end) UTF-16 offsets. */
export type Span = [number, number];

/**
 * One article ready for extraction. `text` is the whole text as read (title line included for
 * .txt, the extracted text for HTML); every span the extractor reports is an offset into it.
 * `keep` lists the ranges that are the article (title, body, captions); everything else
 * (navigation, related headlines, credits) is ignored by the extractor.
 */
export interface ArticleDoc {
  file: string;
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD (or YYYY-MM / YYYY), or null. */
  date: string | null;
  url: string | null;
  text: string;
  keep: Span[];
  /** Where the title stands in `text`, when it does. */
  titleSpan: Span | null;
  /** The outlet's name a page gives ("Đài Phát thanh - Truyền hình Gia Lai"), when it does. */
  site?: string | null;
}

/** Lines of text dropped as not being the article, for the report. */
export interface DroppedBlock {
  span: Span;
  reason: string;
  text: string;
}

/**
 * A name in a place slot ("tỉnh Xyz", "Xyz (Lào)") the gazetteer does not list as written. With
 * `match` it was resolved by spelling (for a person to check); without, it stays unresolved.
 */
export interface UnresolvedName {
  name: string;
  span: Span;
  match?: { id: string; name: string; score: number };
}
