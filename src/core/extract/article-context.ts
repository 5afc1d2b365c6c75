// The context readArticle hands its rules, one object per article. Every field is declared here
// and the one computed field (lastActor) is a getter of the class, so that every article's
// context has the same shape: built as an object literal with its own getter, and its optional
// fields added later in whatever order an article set them, each article's context had a shape
// of its own, and the rules V8 had optimised for the last one were thrown away and compiled
// again (issue 9: "wrong map" deoptimisations of readArticle, visitsInSentence, resolveForward;
// the compiling took a third of the step's CPU time on the annotated articles).
import type { CountryCode, GazetteerEntry } from '../types.ts';
import type { Mention } from './find-places.ts';
import type { LastActor } from './last-actor.ts';
import type { Side, VisitContext } from './visit-sides.ts';

export class ArticleContext implements VisitContext {
  lastOrigin: Side | null = null;
  lastHomes: Side[] | undefined = undefined;
  lastTo: Side[] | undefined = undefined;
  titleActor: Side | null | undefined = undefined;
  titleForeign = false;
  home: Mention | null | undefined = undefined;
  titleVenue: CountryCode | null | undefined = undefined;
  titleRemote: boolean | undefined = undefined;
  titleLabel: Mention | null = null;
  frameVenue: GazetteerEntry | null | undefined = undefined;
  leadVenue: GazetteerEntry | null | undefined = undefined;
  talksVenue: GazetteerEntry | null = null;
  lastPair: [GazetteerEntry, GazetteerEntry] | undefined = undefined;
  teams: ReadonlyMap<string, GazetteerEntry> = new Map();
  lastLeader: string | null | undefined = undefined;

  constructor(
    private readonly actors: LastActor,
    readonly mentions: Mention[],
    readonly titlePlaces: Mention[],
    readonly people: ReadonlyMap<string, CountryCode>,
    readonly locals: ReadonlyMap<string, GazetteerEntry>,
    readonly envoy: CountryCode | null,
  ) {}

  /** The last national actor the sentences named, read only when a rule asks (last-actor.ts). */
  get lastActor(): Side | undefined {
    return this.actors.get();
  }
}
