import {
  combine,
  directionValue,
  distanceValue,
  greatCircleKm,
  growthValue,
  hoursValue,
  roundScore,
  sectorValue,
  timingValue,
  transitionValue,
  withSearchDirection,
} from './components';
import {
  contractType,
  HARD_RULES,
  hoursNoOverlap,
  notShared,
  ownEmployer,
  REJECTED,
  startDate,
  supportNeeds,
} from './hard-rules';
import { buildSkillPostings, NICE_ROLE, REQUIRED_ROLE, TRAINED_ROLE, type SkillPostings } from './postings';
import type { PreparedCandidate, PreparedVacancy } from './prepare';
import { createTopK, offer, type TopKTable } from './top-k';
import * as col from './vacancy-rows';

const rejectedIndex = (code: number): number => -code - 1;

/** Per-vacancy accumulators, one cache line each, so a posting touches one line. */
const ACC = 8;
const REQUIRED = 0;
const RELATED = 1;
const USE_REQUIRED = 2;
const NICE = 3;
const USE_NICE = 4;
const USE_TRAINED = 5;
const GROWTH = 6;

/**
 * Vacancies are scored in blocks, so the per-run scratch (accumulators, touched bitmap, inverted lists) stays the
 * same small size however large the region is. Measured at 10,000 × 10,000, blocks of 2,048 to 16,384 perform
 * alike; smaller ones pay the per-candidate overhead once per block too often.
 */
export const BLOCK = 2048;

/**
 * The state of one scoreMatrixTopK call: packed vacancy rows, inverted lists of the current block, accumulators
 * with a bitmap of the block's vacancies a candidate touched, and both top-K tables. Scoring a candidate
 * allocates nothing.
 */
export class MatrixRun {
  readonly byCandidate: TopKTable;
  readonly byVacancy: TopKTable;
  readonly rejected = new Float64Array(HARD_RULES.length);
  eligible = 0;
  private skills!: SkillPostings;
  private from = 0;
  private to = 0;
  private closed = 0;
  private readonly rows: col.VacancyRows;
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly candidates: readonly PreparedCandidate[],
    private readonly vacancies: readonly PreparedVacancy[],
    kPerCandidate: number,
    kPerVacancy: number,
  ) {
    this.byCandidate = createTopK(candidates.length, kPerCandidate);
    this.byVacancy = createTopK(vacancies.length, kPerVacancy);
    this.rows = col.packVacancies(vacancies);
    // Sized for the largest block this run has: scoring one changed vacancy needs room for one, not 2,048.
    const blockSize = Math.min(BLOCK, Math.max(1, vacancies.length));
    this.acc = new Float64Array(blockSize * ACC);
    this.touched = new Int32Array((blockSize + 31) >>> 5);
  }

  /** Makes vacancies [from, from + BLOCK) the current block. */
  selectBlock(from: number): void {
    const block = this.vacancies.slice(from, from + BLOCK);
    const size = (this.candidates[0] ?? this.vacancies[0])?.context.space.size ?? 0;
    this.skills = buildSkillPostings(size, block);
    this.from = from;
    this.to = from + block.length;
    this.closed = block.filter((v) => !v.open).length;
  }

  scoreCandidate(ci: number): void {
    const c = this.candidates[ci];
    const vacancyCount = this.to - this.from;
    if (!c.active) {
      this.rejected[rejectedIndex(REJECTED.CANDIDATE_NOT_ACTIVE)] += vacancyCount;
      return;
    }
    this.accumulate(c);
    const { acc, touched } = this;
    const { terms, rest } = this.rows;
    const { weights: w, allowOwnEmployer, model } = c.context;
    const tolerance = model.params.startToleranceDays;
    const { x, y, z, maxTravelKm, hoursMin, hoursMax, availableDay, employerKey, regionKey, sharedWith } = c;
    const {
      contractMask,
      excludedShifts,
      needsFixedSchedule,
      halfDistanceKm,
      urgency,
      deadlineDay,
      sectorMask,
      directionKey,
      directionIsco,
    } = c;
    // Most candidates have no search directions: their pairs skip the lookup (NaN: the component does not count).
    const directed = directionKey.length > 0;
    const useTotal = c.strengthSpecificity;
    const developmentCount = c.developmentSkill.length;
    let marked = 0;
    // Set bits in ascending order: rows and accumulators are read in memory order, and only those touched.
    // Vacancy indices below are global (vi) for rows and top-K, block-local for accumulators.
    for (let word = 0; word < touched.length; word++) {
      let bits = touched[word];
      if (bits === 0) continue;
      touched[word] = 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const local = (word << 5) | (31 - Math.clz32(low));
        const vi = this.from + local;
        const r = vi * col.ROW;
        const a = local * ACC;
        marked++;
        let code = 0;
        // Weights and soft credit are > 0, so RELATED is zero exactly when no required skill is covered.
        if (acc[a + RELATED] === 0) code = REJECTED.NO_SKILL_OVERLAP;
        else if (ownEmployer(employerKey, terms[r + col.EMPLOYER], allowOwnEmployer))
          code = REJECTED.OWN_EMPLOYER;
        else if (
          notShared(employerKey, regionKey, sharedWith, terms[r + col.EMPLOYER], terms[r + col.REGION])
        ) {
          code = REJECTED.NOT_SHARED_WITH_EMPLOYER;
        } else if (contractType(contractMask, terms[r + col.CONTRACT_BIT])) code = REJECTED.CONTRACT_TYPE;
        else if (hoursNoOverlap(hoursMin, hoursMax, terms[r + col.HOURS_MIN], terms[r + col.HOURS_MAX])) {
          code = REJECTED.HOURS_NO_OVERLAP;
        } else if (startDate(availableDay, terms[r + col.START_DAY], tolerance)) code = REJECTED.START_DATE;
        else if (
          supportNeeds(
            excludedShifts,
            needsFixedSchedule,
            terms[r + col.SHIFT_MASK],
            terms[r + col.SHIFT_COUNT],
          )
        ) {
          code = REJECTED.SUPPORT_NEEDS;
        }
        if (code === 0) {
          const km = greatCircleKm(x, y, z, rest[r + col.X], rest[r + col.Y], rest[r + col.Z]);
          if (km > maxTravelKm) code = REJECTED.TRAVEL_DISTANCE;
          else {
            const related = acc[a + RELATED];
            // Ranked as shown, to one decimal: equal shown scores then order by input index (the loaders sort by
            // id), the rule the rematch merge applies too, so a rescoring never reorders what a rematch wrote.
            const base = combine(
              w,
              acc[a + REQUIRED],
              related,
              rest[r + col.NICE_COUNT] > 0 ? acc[a + NICE] : related,
              (acc[a + USE_REQUIRED] + acc[a + USE_NICE] + acc[a + USE_TRAINED]) / useTotal,
              growthValue(acc[a + GROWTH], developmentCount, rest[r + col.TRAINED_COUNT]),
              distanceValue(km, halfDistanceKm),
              hoursValue(hoursMax, terms[r + col.HOURS_MAX]),
              timingValue(urgency, transitionValue(deadlineDay, terms[r + col.START_DAY], model.params)),
              sectorValue(sectorMask, rest[r + col.SECTOR_BIT]),
            );
            const shown = roundScore(
              directed
                ? withSearchDirection(
                    base,
                    w,
                    directionValue(
                      directionKey,
                      directionIsco,
                      rest[r + col.OCCUPATION_KEY],
                      rest[r + col.ISCO],
                    ),
                  )
                : base,
            );
            this.eligible++;
            if (shown >= this.byCandidate.floor[ci]) offer(this.byCandidate, ci, vi, shown);
            if (shown >= this.byVacancy.floor[vi]) offer(this.byVacancy, vi, ci, shown);
          }
        }
        if (code !== 0) this.rejected[rejectedIndex(code)]++;
        acc[a + REQUIRED] = 0;
        acc[a + RELATED] = 0;
        acc[a + USE_REQUIRED] = 0;
        acc[a + NICE] = 0;
        acc[a + USE_NICE] = 0;
        acc[a + USE_TRAINED] = 0;
        acc[a + GROWTH] = 0;
      }
    }
    this.rejected[rejectedIndex(REJECTED.VACANCY_NOT_OPEN)] += this.closed;
    this.rejected[rejectedIndex(REJECTED.NO_SKILL_OVERLAP)] += vacancyCount - this.closed - marked;
  }

  /**
   * One pass over the candidate's credit in skill order, the order componentValues sums in, so both paths give
   * bit-equal values. Marks every vacancy reached; only those with related credit (some required skill covered)
   * count as touched when scanned, the others are just reset.
   */
  private accumulate(c: PreparedCandidate): void {
    const { acc, touched } = this;
    const { bounds, vacancy, weight } = this.skills;
    const { credSkill, credDirect, credSoft, credUse } = c;
    for (let j = 0; j < credSkill.length; j++) {
      const at = 3 * credSkill[j];
      const end = bounds[at + 3];
      if (bounds[at] === end) continue;
      const direct = credDirect[j];
      const soft = credSoft[j];
      const use = credUse[j];
      for (let p = bounds[at + REQUIRED_ROLE], to = bounds[at + NICE_ROLE]; p < to; p++) {
        const vi = vacancy[p];
        const a = vi * ACC;
        touched[vi >>> 5] |= 1 << (vi & 31);
        acc[a + REQUIRED] += weight[p] * direct;
        acc[a + RELATED] += weight[p] * soft;
        acc[a + USE_REQUIRED] += use;
      }
      for (let p = bounds[at + NICE_ROLE], to = bounds[at + TRAINED_ROLE]; p < to; p++) {
        const vi = vacancy[p];
        const a = vi * ACC;
        touched[vi >>> 5] |= 1 << (vi & 31);
        acc[a + NICE] += weight[p] * soft;
        acc[a + USE_NICE] += use;
      }
      if (use === 0) continue;
      for (let p = bounds[at + TRAINED_ROLE]; p < end; p++) {
        const vi = vacancy[p];
        touched[vi >>> 5] |= 1 << (vi & 31);
        acc[vi * ACC + USE_TRAINED] += use;
      }
    }
    for (const skill of c.developmentSkill) {
      for (let p = bounds[3 * skill + TRAINED_ROLE], end = bounds[3 * skill + 3]; p < end; p++) {
        const vi = vacancy[p];
        touched[vi >>> 5] |= 1 << (vi & 31);
        acc[vi * ACC + GROWTH]++;
      }
    }
  }
}
