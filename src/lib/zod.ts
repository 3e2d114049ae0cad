/**
 * The one place zod is imported. zod v4 compiles validators with `new Function` unless told not to,
 * and the MV3 content security policy forbids that, so the jitless switch must run before any schema
 * is defined. `zod/mini` keeps content-script bundles small.
 *
 * Import it as a namespace (`import * as z from '../lib/zod'`): member accesses let the bundler drop
 * what is unused, whereas passing one namespace object around keeps all of zod, locales included.
 */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';

/** Namespace form for Node-side code (schemas compiled by scripts), where bundle size does not matter. */
export * as z from 'zod/mini';
