/**
 * The one seam over the extension API. webextension-polyfill gives Chrome the promise-based `browser.*`
 * namespace that Firefox has natively.
 */
import browser from 'webextension-polyfill';

export { browser };
