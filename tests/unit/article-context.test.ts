// The rules' context has one shape for every article (issue 9: a shape per article made V8
// compile the rules that read it again and again).
import { describe, expect, it } from 'vitest';
import { ArticleContext } from '../../src/core/extract/article-context.ts';
import { LastActor } from '../../src/core/extract/last-actor.ts';
import type { VisitContext } from '../../src/core/extract/visit-sides.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();

// Every field of VisitContext but the computed one: the type check fails if a field is added to
// the interface and not here.
const FIELDS = {
  lastOrigin: 1,
  lastHomes: 1,
  lastTo: 1,
  titlePlaces: 1,
  titleActor: 1,
  titleForeign: 1,
  mentions: 1,
  home: 1,
  titleVenue: 1,
  titleRemote: 1,
  titleLabel: 1,
  frameVenue: 1,
  leadVenue: 1,
  talksVenue: 1,
  lastPair: 1,
  people: 1,
  locals: 1,
  teams: 1,
  envoy: 1,
  lastLeader: 1,
} satisfies Record<Exclude<keyof VisitContext, 'lastActor'>, 1>;

const fresh = (envoy: 'LA' | null = null) =>
  new ArticleContext(new LastActor(), [], [], new Map(), new Map(), envoy);

describe('ArticleContext', () => {
  it('holds every field of the context from the start', () => {
    const keys = Object.keys(fresh());
    for (const k of Object.keys(FIELDS)) expect(keys).toContain(k);
  });

  it('keeps its fields in one order whatever an article sets, and when', () => {
    const a = fresh();
    const b = fresh('LA');
    b.lastLeader = 'x';
    b.leadVenue = gaz.capital('LA');
    b.titleRemote = true;
    b.lastPair = [gaz.capital('LA'), gaz.capital('VN')];
    expect(Object.keys(b)).toEqual(Object.keys(a));
  });

  it('reads the last actor only when a rule asks for it', () => {
    const actors = new LastActor();
    const ctx = new ArticleContext(actors, [], [], new Map(), new Map(), null);
    let reads = 0;
    const lao = { entry: gaz.capital('LA'), level: 'national' as const };
    actors.add(() => (reads++, lao));
    expect(reads).toBe(0);
    expect(ctx.lastActor).toBe(lao);
    expect(reads).toBe(1);
  });
});
