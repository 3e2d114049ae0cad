/**
 * Files the background injects into pages, named once for the background and the build (which writes
 * them). The paint rules travel with the detector, so a page is styled with them from the start.
 */
export const PAINT_CSS_FILE = 'highlights.css';

/**
 * The knowledge base, in several scripts: the dictionary's keys in KB_KEY_PARTS pieces, then the rest.
 * Each file runs as its own task, and compiling one 1.7 MB script was the longest task left on the
 * bench page (about 60 ms); a fifth of the keys compiles in a fraction of that.
 */
export const KB_KEY_PARTS = 4;
export const KB_FILES = [...Array.from({ length: KB_KEY_PARTS }, (_, i) => `kb-keys-${i + 1}.js`), 'kb.js'];
