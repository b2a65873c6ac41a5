import { RETENTION_KINDS } from './retention-policy';
import { SWEEP_RULES } from './retention-rules';

describe('sweep rules', () => {
  const swept = RETENTION_KINDS.filter((kind) => kind !== 'withdrawnCandidates');

  it('cover every kind but withdrawn candidates, who are erased as a whole', () => {
    expect(Object.keys(SWEEP_RULES).sort()).toEqual([...swept].sort());
  });

  it.each(swept)(
    '%s: says whose rows they are and why they go, and has a way to find and remove them',
    (kind) => {
      const rule = SWEEP_RULES[kind];
      expect(rule.owner).toMatch(/^[a-z-]+$/);
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.steps.length).toBeGreaterThan(0);
    },
  );

  it('leaves removing the rows of matching, placements, candidates and accounts to those libs', () => {
    const owners = Object.fromEntries(swept.map((kind) => [kind, SWEEP_RULES[kind].owner]));
    expect(owners).toMatchObject({
      declinedMatches: 'matching',
      closedMatches: 'matching',
      rematchRuns: 'matching',
      closedPlacements: 'placements',
      identityAccessLog: 'candidates',
      accountEvents: 'accounts',
    });
  });

  it('removes the consent statements of a trajectory before the trajectory, and keeps placements', () => {
    expect(SWEEP_RULES.closedMatches.steps.map((step) => step.name)).toEqual([
      'eraseStatementsOfMatchCases',
      'removeMatchCases',
    ]);
    expect(SWEEP_RULES.closedPlacements.steps.map((step) => step.name)).toEqual([
      'eraseStatementsOfPlacements',
      'anonymiseClosedPlacements',
    ]);
  });

  it("sweeps only its own tables itself: every other lib's rows go through that lib's named functions", () => {
    const generic = swept.filter((kind) =>
      SWEEP_RULES[kind].steps.some(
        (step) => step.name === '' || !/^(remove|erase|anonymise)/.test(step.name),
      ),
    );
    expect(generic.map((kind) => SWEEP_RULES[kind].owner)).toEqual(['data-rights', 'data-rights']);
    expect(SWEEP_RULES.auditEntries.steps.map((step) => step.name)).toEqual(['removeAuditEntries']);
  });
});
