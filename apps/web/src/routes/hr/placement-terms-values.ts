import type {
  ChangePlacementTermsInput,
  PlacementDetailPartsFragment as Placement,
  PlacementPayer,
  PlacementPurpose,
  PlacementTermsInput,
} from '@web/graphql/generated/graphql';

/** The terms form's fields, as the inputs hold them (numbers as text, so a field may be empty). */
export interface TermsValues {
  purpose: PlacementPurpose;
  contractHoursPerWeek: string;
  ownWorkHoursPerWeek: string;
  requestedHoursPerWeek: string;
  durationWeeks: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  salaryPaidBy: PlacementPayer;
  travelCostsReimbursed: boolean;
  travelCostsPaidBy: PlacementPayer;
  insuranceNote: string;
  returnOption: boolean;
  lendingContact: string;
  hostContact: string;
}

export const NEW_TERMS: TermsValues = {
  purpose: 'GAIN_EXPERIENCE',
  contractHoursPerWeek: '',
  ownWorkHoursPerWeek: '0',
  requestedHoursPerWeek: '',
  durationWeeks: '',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  salaryPaidBy: 'LENDING_EMPLOYER',
  travelCostsReimbursed: true,
  travelCostsPaidBy: 'HOST_EMPLOYER',
  insuranceNote: '',
  returnOption: true,
  lendingContact: '',
  hostContact: '',
};

const text = (value: number | string | null | undefined) => (value == null ? '' : String(value));

export function termsOf(p: Placement): TermsValues {
  return {
    purpose: p.purpose,
    contractHoursPerWeek: text(p.contractHoursPerWeek),
    ownWorkHoursPerWeek: text(p.ownWorkHoursPerWeek),
    requestedHoursPerWeek: text(p.requestedHoursPerWeek),
    durationWeeks: text(p.durationWeeks),
    startDate: text(p.startDate),
    endDate: text(p.endDate),
    hoursPerWeek: text(p.hoursPerWeek),
    salaryPaidBy: p.salaryPaidBy,
    travelCostsReimbursed: p.travelCostsReimbursed,
    travelCostsPaidBy: p.travelCostsPaidBy,
    insuranceNote: text(p.insuranceNote),
    returnOption: p.returnOption,
    lendingContact: p.lendingContact,
    hostContact: p.hostContact,
  };
}

/** Checks the browser can make before asking the server: required fields, and dates with hours or none. */
export function checkTerms(v: TermsValues): Record<string, 'hr.form.required' | 'hr.form.datesTogether'> {
  const missing: Record<string, 'hr.form.required' | 'hr.form.datesTogether'> = {};
  for (const field of [
    'contractHoursPerWeek',
    'ownWorkHoursPerWeek',
    'lendingContact',
    'hostContact',
  ] as const)
    if (!v[field].trim()) missing[field] = 'hr.form.required';
  const dated = [v.startDate, v.endDate, v.hoursPerWeek].filter((x) => x.trim() !== '').length;
  if (dated !== 0 && dated !== 3)
    for (const field of ['startDate', 'endDate', 'hoursPerWeek'] as const)
      if (!v[field].trim()) missing[field] = 'hr.form.datesTogether';
  return missing;
}

const int = (value: string) => (value.trim() === '' ? null : Number(value));
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function toTermsInput(v: TermsValues, confirmPossibleNames: boolean): PlacementTermsInput {
  return {
    purpose: v.purpose,
    contractHoursPerWeek: Number(v.contractHoursPerWeek),
    ownWorkHoursPerWeek: Number(v.ownWorkHoursPerWeek),
    requestedHoursPerWeek: int(v.requestedHoursPerWeek),
    durationWeeks: int(v.durationWeeks),
    startDate: orNull(v.startDate),
    endDate: orNull(v.endDate),
    hoursPerWeek: int(v.hoursPerWeek),
    salaryPaidBy: v.salaryPaidBy,
    travelCostsReimbursed: v.travelCostsReimbursed,
    travelCostsPaidBy: v.travelCostsPaidBy,
    insuranceNote: orNull(v.insuranceNote),
    returnOption: v.returnOption,
    lendingContact: v.lendingContact.trim(),
    hostContact: v.hostContact.trim(),
    confirmPossibleNames,
  };
}

/** A change sends every field the form shows; leaving out what is empty keeps what is stored. */
export function toChangeInput(v: TermsValues, confirmPossibleNames: boolean): ChangePlacementTermsInput {
  const input = toTermsInput(v, confirmPossibleNames);
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}
