// Where a deployed atlas keeps its files, relative to the folder of index.html / embed.html /
// friendship-atlas.js (they sit side by side in dist/). Must match how the app's build lays
// out dist/.
export const DATA_DIR = 'data/';
export const BASEMAP_DIR = 'basemap/';
/** The explorer's page, opened by "Open in Friendship Atlas". */
export const EXPLORER_PAGE = './';
