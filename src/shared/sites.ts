/**
 * Where the detector runs from install: the named skincare retailers. Other shops (brand stores on
 * Shopify and the like) are added on request through optional host permissions.
 */
export const RETAILER_MATCHES = [
  '*://*.amazon.com/*',
  '*://*.amazon.co.uk/*',
  '*://*.amazon.ca/*',
  '*://*.amazon.de/*',
  '*://*.amazon.fr/*',
  '*://*.amazon.com.au/*',
  '*://*.sephora.com/*',
  '*://*.sephora.co.uk/*',
  '*://*.sephora.fr/*',
  '*://*.ulta.com/*',
  '*://*.boots.com/*',
  '*://*.target.com/*',
  '*://*.walmart.com/*',
  '*://*.lookfantastic.com/*',
  '*://*.lookfantastic.co.uk/*',
  '*://*.cultbeauty.com/*',
  '*://*.cultbeauty.co.uk/*',
];

/** Added to development builds only, so the demo and the end-to-end tests can serve pages locally. */
export const DEV_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
