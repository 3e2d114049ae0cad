/**
 * Files the background injects into pages, named once for the background and the build (which writes
 * them). The paint rules travel with the detector, so a page is styled with them from the start.
 */
export const PAINT_CSS_FILE = 'highlights.css';
