/**
 * The one place zod is imported. zod v4 compiles validators with `new Function` unless told not to,
 * and the MV3 content security policy forbids that, so the jitless switch must run before any schema
 * is defined. `zod/mini` keeps content-script bundles small (about 6 KB gzipped against 27 KB).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
