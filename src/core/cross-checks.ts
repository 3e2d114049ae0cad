/**
 * Claims checked against the product's own ingredient list. A claim can be worded carefully and still
 * be contradicted by what the formula contains.
 */
import type { ParsedIngredient } from './analyze';

const COLLAGEN_CLAIMS = new Set(['boosts-collagen']);
/** Ingredients with published human evidence of raising dermal collagen when applied to skin. */
const COLLAGEN_STIMULATORS =
  /^(retinol|retinal|retinaldehyde|tretinoin|ascorbic acid|hydroxypinacolone retinoate)$/i;

export function crossCheckClaim(claimId: string, ingredients: ParsedIngredient[]): string | null {
  if (!COLLAGEN_CLAIMS.has(claimId)) return null;
  const names = ingredients.map((i) => i.info?.inci ?? '').filter(Boolean);
  const collagens = names.filter((n) => /collagen/i.test(n));
  const stimulators = names.filter((n) => COLLAGEN_STIMULATORS.test(n));
  if (collagens.length === 0 || stimulators.length > 0) return null;
  return (
    `This product's only collagen is ${collagens.join(' and ')}: a protein applied to the surface, ` +
    'far too large to pass the outer skin barrier, so it cannot add to the collagen in the dermis.'
  );
}
