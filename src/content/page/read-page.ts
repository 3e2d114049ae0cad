/**
 * Turns a document into the core's input. Shared by the annotator (live page) and the CLI (jsdom).
 */
import type { PageInput } from '../../core/analyze';
import { findIngredientRanges } from './ingredient-ranges';
import { readSignals } from './signals';
import { buildTextModel, type TextModel } from './text-model';

export interface ReadPage {
  model: TextModel;
  input: PageInput;
}

export function readPage(doc: Document, url: string | null): ReadPage {
  const model = buildTextModel(doc.body ?? doc.documentElement);
  return {
    model,
    input: {
      url,
      text: model.text,
      signals: readSignals(doc),
      ingredientRanges: findIngredientRanges(model.text),
    },
  };
}
