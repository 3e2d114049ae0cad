/** Builds the development extension once before the end-to-end tests run. */
import { buildExtension } from '../../scripts/build';

export default async function setup(): Promise<void> {
  await buildExtension(false);
}
