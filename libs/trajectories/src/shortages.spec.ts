import { shortageLine } from './shortages';

describe('shortageLine', () => {
  it('shows the candidates per open position', () => {
    expect(shortageLine({ openVacancies: 2, openPositions: 5, activeCandidates: 8 }, 5, 20)).toEqual({
      openVacancies: 2,
      openPositions: 5,
      activeCandidates: 8,
      candidatesPerPosition: 1.6,
      suppressed: false,
    });
  });

  it.each([
    [1, true],
    [4, true],
    [5, false],
  ])('hides %i candidates when fewer than k = 5: %s', (activeCandidates, suppressed) => {
    const line = shortageLine({ openVacancies: 1, openPositions: 3, activeCandidates }, 5, 40);
    expect(line.suppressed).toBe(suppressed);
    expect(line.activeCandidates).toBe(suppressed ? null : activeCandidates);
    expect(line.candidatesPerPosition).toBe(
      suppressed ? null : Math.round((activeCandidates / 3) * 100) / 100,
    );
  });

  it('shows nobody as 0: the shortage itself describes no person', () => {
    expect(shortageLine({ openVacancies: 1, openPositions: 3, activeCandidates: 0 }, 5, 40)).toMatchObject({
      activeCandidates: 0,
      candidatesPerPosition: 0,
      suppressed: false,
    });
  });

  it('hides a count whose rest of the region’s active candidates (shown elsewhere) would be 1 to 4 people', () => {
    expect(shortageLine({ openVacancies: 1, openPositions: 3, activeCandidates: 8 }, 5, 10).suppressed).toBe(
      true,
    );
    expect(shortageLine({ openVacancies: 1, openPositions: 3, activeCandidates: 10 }, 5, 10).suppressed).toBe(
      false,
    );
  });
});
