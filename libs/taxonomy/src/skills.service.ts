import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig, findReferenceDataDir } from '@werkbrug/config';
import { LRUCache } from 'lru-cache';
import { In, Repository } from 'typeorm';
import { EscoTaxonomy, readEscoTaxonomy } from './esco-data';
import { occupationsByLabel } from './esco-occupation.store';
import { regionSkillDemand } from './region-demand.store';
import { SkillSearchHit, SkillSearchIndex } from './skill-search-index';
import { SkillSuggester, SkillSuggestion } from './skill-suggestions';
import { EscoOccupationEntity, EscoSkillEntity } from './taxonomy.entities';
import {
  SkillListedTwiceError,
  SuggestionTextEmptyError,
  SuggestionTextTooLongError,
  UnknownOccupationError,
  UnknownSkillError,
} from './taxonomy.errors';

/** A long vacancy text is about 3,000 characters; more is pasted by mistake, or an attempt to load the server. */
export const MAX_SUGGESTION_TEXT_LENGTH = 5000;

/** A region's demand per skill is read at most this often: vacancies open and close over days, not seconds. */
const REGION_DEMAND_TTL_MS = 5 * 60_000;

/**
 * ESCO skills for the product: autocomplete and suggestions from free text, both in memory (built once per process
 * from the shipped taxonomy), and lookups by id from PostgreSQL where profiles and vacancies reference them.
 */
@Injectable()
export class SkillsService implements OnApplicationBootstrap {
  private index?: SkillSearchIndex;
  private suggester?: SkillSuggester;
  private readonly demand = new LRUCache<string, Map<string, number>>({ max: 64, ttl: REGION_DEMAND_TTL_MS });

  constructor(
    @InjectRepository(EscoSkillEntity) private readonly skills: Repository<EscoSkillEntity>,
    @InjectRepository(EscoOccupationEntity) private readonly occupations: Repository<EscoOccupationEntity>,
    private readonly config: AppConfig,
  ) {}

  /**
   * Builds the search index and the suggester (a few seconds together) before the first request, from one read.
   * With SKILL_INDEX_AT_START off (the end-to-end tests, most of which never search skills) the first search
   * builds them instead.
   */
  onApplicationBootstrap(): void {
    if (!this.config.SKILL_INDEX_AT_START) return;
    const taxonomy = this.readTaxonomy();
    this.index ??= new SkillSearchIndex(taxonomy.skills);
    this.suggester ??= new SkillSuggester(taxonomy);
  }

  /**
   * Autocomplete; with the user's region, skills its open vacancies ask for rank higher among equal matches (the
   * counts are read once per region every few minutes).
   */
  async search(
    query: string,
    limit: number,
    language?: 'nl' | 'en',
    regionCode?: string | null,
  ): Promise<SkillSearchHit[]> {
    const regionDemand = regionCode ? await this.regionDemand(regionCode) : undefined;
    return this.searchIndex().search(query, { limit, language, regionDemand });
  }

  private async regionDemand(regionCode: string): Promise<Map<string, number>> {
    let demand = this.demand.get(regionCode);
    if (!demand)
      this.demand.set(regionCode, (demand = await regionSkillDemand(this.skills.manager, regionCode)));
    return demand;
  }

  /** ESCO skills a vacancy text or a candidate's own words suggest, best first, for a person to confirm. */
  suggestFromText(text: string, limit: number, language?: 'nl' | 'en'): SkillSuggestion[] {
    if (text.trim().length === 0) {
      throw new SuggestionTextEmptyError();
    }
    if (text.length > MAX_SUGGESTION_TEXT_LENGTH) {
      throw new SuggestionTextTooLongError(MAX_SUGGESTION_TEXT_LENGTH);
    }
    this.suggester ??= new SkillSuggester(this.readTaxonomy());
    return this.suggester.suggest(text, { limit, language });
  }

  private searchIndex(): SkillSearchIndex {
    this.index ??= new SkillSearchIndex(this.readTaxonomy().skills);
    return this.index;
  }

  private readTaxonomy(): EscoTaxonomy {
    return readEscoTaxonomy(this.config.REFERENCE_DATA_DIR ?? findReferenceDataDir());
  }

  findByIds(ids: readonly string[]): Promise<EscoSkillEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.skills.findBy({ id: In([...ids]) });
  }

  /** Occupation lookup for vacancy forms: 3,007 rows, so a plain label match is fast enough. */
  searchOccupations(query: string, limit: number): Promise<EscoOccupationEntity[]> {
    const text = query.trim();
    if (text.length < 2) return Promise.resolve([]);
    return occupationsByLabel(this.occupations.manager, text, limit);
  }

  findOccupationsByIds(ids: readonly string[]): Promise<EscoOccupationEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.occupations.findBy({ id: In([...ids]) });
  }

  /** Rejects ids that are not ESCO skills, naming the field and the first unknown id. */
  async requireSkills(ids: readonly string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length !== ids.length) {
      throw new SkillListedTwiceError(field);
    }
    const found = new Set((await this.findByIds(unique)).map((s) => s.id));
    const unknown = unique.find((id) => !found.has(id));
    if (unknown) {
      throw new UnknownSkillError(unknown, field);
    }
  }

  async requireOccupation(id: string, field: string): Promise<void> {
    if ((await this.occupations.countBy({ id })) === 0) {
      throw new UnknownOccupationError(id, field);
    }
  }
}
