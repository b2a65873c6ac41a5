import { Injectable } from '@nestjs/common';
import { AppConfig, findReferenceDataDir } from '@werkbrug/config';
import {
  buildSkillSpace,
  escoSkillLabels,
  type SkillLabelLookup,
  type SkillSpace,
} from '@werkbrug/matching-core';
import { readEscoTaxonomy } from '@werkbrug/taxonomy/esco-data';

export interface SkillModel {
  readonly space: SkillSpace;
  readonly labels: SkillLabelLookup;
  /** ESCO occupations, the document count behind the region-independent specificity fallback. */
  readonly occupations: number;
}

/**
 * The skill space of the shipped ESCO release, built once per process (about half a second) and shared by every
 * scoring context: the worker's rescoring and the gateway's explanations use the very same numbering.
 */
@Injectable()
export class SkillSpaceProvider {
  private model?: SkillModel;

  constructor(private readonly config: AppConfig) {}

  get(): SkillModel {
    if (!this.model) {
      const taxonomy = readEscoTaxonomy(this.config.REFERENCE_DATA_DIR ?? findReferenceDataDir());
      const space = buildSkillSpace(taxonomy);
      this.model = {
        space,
        labels: escoSkillLabels(space, taxonomy),
        occupations: taxonomy.occupations.length,
      };
    }
    return this.model;
  }
}
