// Test harness (built by tests/e2e/embed-share.test.ts): the Share dialog alone, open on a
// fixed view, with the atlas deployed at ?base= (the test's server).
import { mount } from 'svelte';
import ShareDialog from '../../../src/embed/ShareDialog.svelte';
import { decodeViewState } from '../../../src/app/state/url-state.ts';

const params = new URLSearchParams(location.search);
const props = $state({
  view: decodeViewState(params),
  open: true,
  base: params.get('base') ?? undefined,
  query: `data=${encodeURIComponent(params.get('data') ?? '')}`,
  onclose: () => {
    props.open = false;
  },
});
mount(ShareDialog, { target: document.getElementById('app')!, props });
