import { ALL_OK, Case, only, visibleTo } from './matrix.types';

/** Erasure and own-data export: the person, their own HR leads and their region's team; nobody else sees a thing. */
export const DATA_RIGHTS_CASES: Case[] = [
  {
    name: 'erasureRequests',
    query: `query($id: ID!) { erasureRequests(candidateId: $id) { id status } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: visibleTo({ JS_A: 'OK', HR_A: 'OK', RMT27: 'OK' }),
    probe: 'candidateShared',
  },
  {
    name: 'erasureGraceDays',
    query: `{ erasureGraceDays }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'erasureRequests (all in reach)',
    query: `{ erasureRequests { id status } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  {
    name: 'requestErasure (draft candidate, on request of the person)',
    query: `mutation($id: ID!) { requestErasure(candidateId: $id, reason: "Gevraagd per brief van 1 december") { id } }`,
    // A draft is not active, so the request pauses nothing the other cases use; asking again returns it.
    variables: (ids) => ({ id: ids.candidateDraft }),
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK' }),
    probe: 'candidateDraft',
  },
  {
    name: 'cancelErasure (requested by the mobility team)',
    query: `mutation($id: ID!) { cancelErasure(requestId: $id) { id status } }`,
    // Re-opened before each caller, so every caller meets the same open request.
    variables: async (ids, f) => {
      await f.query(
        `UPDATE erasure_request SET cancelled_at = NULL, cancelled_by_user_id = NULL WHERE id = $1`,
        [ids.erasureRequestId],
      );
      return { id: ids.erasureRequestId };
    },
    expect: visibleTo({ HR_A: 'OK', RMT27: 'OK' }),
    probe: 'erasureRequestId',
  },
  {
    name: 'auditTrail (about one candidate)',
    query: `query($id: ID!) { auditTrail(first: 5, candidateId: $id) { id action } }`,
    variables: (ids) => ({ id: ids.candidateShared }),
    expect: ALL_OK,
    // A filter, not a door: those outside the candidate's circle get what a random id gets.
    probe: 'candidateShared',
    hiddenFrom: ['HR_C', 'RMT01', 'JS_B', 'COUNS'],
  },
  {
    name: 'auditTrail',
    query: `{ auditTrail(first: 5) { id action } }`,
    variables: () => ({}),
    expect: ALL_OK,
  },
  { name: 'myDataExports', query: `{ myDataExports { id } }`, variables: () => ({}), expect: ALL_OK },
  {
    name: 'requestMyDataExport',
    query: `mutation { requestMyDataExport { jsonPath } }`,
    variables: () => ({}),
    expect: only('JS_A', 'JS_B'),
  },
];
