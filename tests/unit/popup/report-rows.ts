/** A report ingredient for popup tests: recognised, with no functions or flags unless given. */
import type { ReportIngredient } from '../../../src/core/report';

export const ingredient = (name: string, extra: Partial<ReportIngredient> = {}): ReportIngredient => ({
  name,
  inci: name,
  known: true,
  functions: [],
  flags: [],
  ...extra,
});
