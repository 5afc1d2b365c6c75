// Where an embed's dataset load stands; the view shows the map only when it is ready.
import type { AtlasData } from '../app/state/atlas-data.ts';

export type LoadStatus =
  { state: 'loading' } | { state: 'error'; errors: string[] } | { state: 'ready'; data: AtlasData };
