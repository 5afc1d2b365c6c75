// Drives the JS API for the e2e test: the test calls window.__api.* through page.evaluate.
import { mount } from '/app/friendship-atlas.js';

const events = [];
window.__api = {
  events,
  mount(options) {
    const c = mount(document.getElementById('box'), options);
    c.on('select', (place) => events.push(['select', place]));
    c.on('filter', (f) => events.push(['filter', f.pair, f.kind]));
    window.__controller = c;
    return true;
  },
};
