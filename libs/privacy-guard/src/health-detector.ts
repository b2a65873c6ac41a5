import { CAPITALS_ONLY, GENERIC_CONDITION, HEALTH_TERMS, HealthReason } from './health-terms';
import { foldForHealth } from './health-text';

/**
 * Health information about a person: conditions and diagnoses, medication, treatment and care providers, sick
 * leave, pregnancy, addiction. Under Dutch privacy rules an employer may know what a sick employee can and
 * cannot do, never the diagnosis, so free text shared between employers must not carry it.
 *
 * The same words are ordinary job vocabulary in the care sector ("cliënten met dementie", "verpleegkundige
 * oncologie", "ervaring met medicatie uitzetten"): a care job is about the work, not the person. So each
 * term is weighed by the nearest cue before it in its clause: a job cue ("werkt met", "ervaring met",
 * "afdeling", "cliënten met", "patients with") lets it through, a person cue ("heeft", "slikt", "lijdt aan",
 * "loopt bij", "zijn", "she has", "takes") refuses it. Without a cue, unambiguous terms ("hernia",
 * "ziekgemeld", "zwanger") are refused and ambiguous ones ("psycholoog", "medicatie", "therapie") allowed.
 */

export interface HealthFinding {
  reason: HealthReason;
  /** Offsets in the text given to `findHealthInformation`. */
  start: number;
  end: number;
}

const bounded = (sources: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\d])(?:${sources.join('|')})(?![\p{L}\d])`, 'gu');
/** Ambiguous terms inside a hyphenated compound ("hospital-acquired", "illness-prevention") are another word. */
const boundedWord = (sources: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\d]|\p{L}-)(?:${sources.join('|')})(?![\p{L}\d]|-\p{L})`, 'gu');

const PATTERNS = HEALTH_TERMS.flatMap((group) => [
  { reason: group.reason, cued: false, generic: false, pattern: bounded(group.default) },
  ...(group.cued.length
    ? [{ reason: group.reason, cued: true, generic: false, pattern: boundedWord(group.cued) }]
    : []),
]).concat({
  reason: HealthReason.CONDITION,
  cued: false,
  generic: true,
  pattern: bounded(GENERIC_CONDITION),
});

const PERSON_CUE = bounded([
  String.raw`ik|hij|zij|ze|zijn|haar|mijn|hem|kandidaat|werkzoekende|cliënt|client|collega`,
  String.raw`heeft|had|hebben|heb|hadden|lijdt|leed|kampt|kampte|last van|(?:de|een) diagnose|vastgesteld|kreeg|krijgt`,
  String.raw`slikt|slikte|slik|gebruikt|gebruikte|neemt|nam|herstel\p{L}*|na (?:zijn|haar|mijn|een)|sinds|door`,
  String.raw`vanwege|wegens|i\.?v\.?m\.?|in verband met|loopt|liep|ging|gaat|bezoekt|bezocht|verwezen|hulp (?:van|bij)`,
  String.raw`behandeld|gezien door|volgens|advies|verslag|rapport|oordeel|spreekuur|afspraak|gesprekk?en? (?:met|bij)`,
  String.raw`contact met|onder|bekend bij`,
  String.raw`i|he|she|his|her|my|him|candidate|jobseeker|has|have|had|having|suffers?|suffered|struggles?`,
  String.raw`struggled|struggling|living with|lives with|battling|battled|takes|taking|took|recovering|recovered`,
  String.raw`treated|sees|seeing|saw|visits|referred|because of|due to|after|since|according to|report|advice`,
  String.raw`admitted|appointment|sessions? with|known to|receives|receiving|goes to|went to|going to|attends|attended`,
  String.raw`verleden met|history of|history with`,
  String.raw`moet|moest|must|needs to`,
]);

const JOB_CUE = bounded([
  String.raw`werk(?:t|en|te|ten)? (?:in|op|bij|met|voor|binnen|samen met)|werkzaam (?:in|op|bij|binnen|met|als)`,
  String.raw`ervaring (?:met|in|op|binnen|als|van)|werkervaring|kennis (?:van|over)|affiniteit met`,
  String.raw`gespecialiseerd in|specialisatie|specialisme|gericht op|focus op|afdeling|team|zorg (?:voor|aan|bij)`,
  String.raw`zorgt voor|verzorg\p{L}*|verpleeg\p{L}*|begeleid(?:t|en|ing|er|ster)|ondersteun\p{L}*`,
  String.raw`(?:cliënt|client|patiënt|patient|bewoner|deelnemer|kind|jongere|mens|volwassene|oudere|leerling|gezin|vrouw|man)\p{L}* (?:met|die)`,
  String.raw`doelgroep|sector|branche|praktijk|vacature|zoek(?:en|t)|gezocht|functie|assistent\p{L}*|verpleegkundige`,
  String.raw`verzorgende|begeleider|opleiding|cursus|training|diploma|certificaat|scholing|expertise|deskundig\p{L}*`,
  String.raw`op het gebied van|rondom|voorlichting|preventie|onderzoek|behandel(?:t|en)|verantwoordelijk voor`,
  String.raw`afhandel\p{L}*|beleid|no-?risk\p{L}*|vervanging|ter vervanging|invaller|invalkracht|collega's`,
  String.raw`work(?:s|ing|ed)? (?:in|on|at|with|for|alongside)|experience (?:with|in|of|as)|knowledge of`,
  String.raw`speciali[sz]\p{L}* in|focus(?:ed)? on|(?:patient|client|resident|people|person|child|adult|service user|famil|pupil|student|women|men)\p{L}* (?:with|who)`,
  String.raw`ward|department|unit|caring for|care for|nurse|carer|assistant|vacancy|we(?:'re| are) looking|looking for`,
  String.raw`role|course|administer\p{L}*|dispens\p{L}*|pharmacy|practice|awareness|policy|programme|program|research`,
  String.raw`responsible for|cover(?:ing)?|support worker|field of|technoloog|technicus|technologist|technician|controleur|laborant`,
  // The infinitives and imperatives of task descriptions ("Advise on pregnancy", "Diagnose disease").
  String.raw`advise|assess|analyse|analyze|apply|assist|carry out|compile|conduct|consult|counsel|create|decide`,
  String.raw`develop|diagnosing|educate|empathi[sz]e|ensure|establish|evaluate|examine|explain|formulate`,
  String.raw`give advice|handle|identify|inform|maintain|manage|monitor|observe|perform|prescribe|prevent`,
  String.raw`prevention|provide|recogni[sz]e|report on|screen|screening|study|supervise|supply|support|treat|treating|triage`,
  String.raw`adviseren|beoordelen|behandelen|begeleiden|diagnosticeren|herkennen|signaleren|toedienen|voorlichten|voorschrijven`,
  String.raw`(?:principles|fundamentals|characteristics|features|effects?|theory|types?|pathophysiology|symptoms|signs) of`,
  String.raw`(?:kenmerken|principes|theorie|soorten|symptomen|signalen|gevolgen|effecten) van`,
]);

/** Right after a term: the term names a kind of work ("medicatie uitzetten", "dementie afdeling"). */
const JOB_AFTER = new RegExp(
  String.raw`^(?:[\s-]+[\p{L}'-]+){0,2}?[\s-]*(?:patients?|patiënten|cliënten|clients?|animals?|dieren|counsell?ing|relationships|sessions|outcomes|principles|screening|tests?|beverages?|dranken)(?![\p{L}\d])|^[\s-]*(?:technoloog|technicus|technician|technologist|controleur|counsell?or|worker|specialist|consulent|adviseur|coördinator|uitzetten|toedienen|aftekenen|verstrekken|klaarzetten|uitdelen|uitgifte|beheer|bestellen|rondes?|veiligheid|verificatie|afdeling|patiënten|cliënten|zorg|team|praktijk|verpleegkundige|verpleging|begeleiding|begeleider|specialist|expertise|unit|ward|patients|clients|nurse|care|administration|rounds?|department|awareness)(?![\p{L}\d])|^(?:\s+[\p{L}'-]+){0,3}?\s+(?:gewerkt|werkzaam|stage gelopen|worked|working)(?![\p{L}\d])`,
  'u',
);

/** Right after an ambiguous term: it is about the person ("medicatie voor zijn hart", "verzuim gehad"). */
const PERSON_AFTER = new RegExp(
  String.raw`^\s+(?:voor|tegen|for|against)\s+(?:zijn|haar|mijn|his|her|my|controle|een controle|check-?ups?)(?![\p{L}\d])|^\s+(?:adviseert|adviseerde|advises|advised|raadt|raadde|stelde|zegt|zei|schrijft|schreef|prescribed|says|said|recommends|recommended)(?![\p{L}\d])|^(?:\s+[\p{L}'-]+){0,2}?\s+(?:gehad|geweest|doorgemaakt)(?![\p{L}\d])`,
  'u',
);

/** Clause boundaries: sentence ends, commas, colons, semicolons, and conjunctions that start a new clause. */
const CLAUSE_BREAK = /[.;:!?\n,()]\s|[;!?\n()]|\s(?:maar|but|want|omdat|because|terwijl|while|whereas)\s/gu;

/** "op medicatie", "on insulin": a person cue only right before the term and with no job cue in the clause. */
const ON_BEFORE = /(?:^|\s)(?:op|on)\s+(?:de\s+|the\s+|zware\s+)?$/u;

/** Cues further than this many characters before a term say nothing about it. */
const CUE_REACH = 60;

export function findHealthInformation(plain: string): HealthFinding[] {
  const folded = foldForHealth(plain);
  const text = folded.text;
  const breaks = [0, ...[...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), text.length];
  const spans: HealthFinding[] = [];
  const generic: HealthFinding[] = [];
  for (const { reason, cued, generic: isGeneric, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (
        CAPITALS_ONLY.has(match[0]) &&
        /\p{Ll}/u.test(plain.slice(folded.at[start], folded.at[end - 1] + 1))
      )
        continue;
      const clauseStart = Math.max(breaks.filter((b) => b <= start).at(-1) ?? 0, reachBack(text, start));
      const clauseEnd = breaks.find((b) => b > end) ?? text.length;
      if (!refused(text.slice(clauseStart, start), text.slice(end, clauseEnd), cued)) continue;
      (isGeneric ? generic : spans).push({ reason, start: folded.at[start], end: folded.at[end - 1] + 1 });
    }
  }
  return withoutOverlaps(spans.length ? spans : generic);
}

/** Where cues may start: CUE_REACH characters back, moved forward to a word start so no half word counts. */
function reachBack(text: string, start: number): number {
  if (start <= CUE_REACH) return 0;
  const space = text.indexOf(' ', start - CUE_REACH);
  return space === -1 || space >= start ? start : space + 1;
}

function refused(before: string, after: string, cued: boolean): boolean {
  if (JOB_AFTER.test(after)) return false;
  if (PERSON_AFTER.test(after)) return true;
  const job = lastCueEnd(before, JOB_CUE);
  const person = lastCueEnd(before, PERSON_CUE);
  if (job === -1 && ON_BEFORE.test(before)) return true;
  if (job === -1 && person === -1) return !cued;
  return person > job;
}

function lastCueEnd(text: string, cues: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(cues)) last = Math.max(last, m.index + m[0].length);
  return last;
}

function withoutOverlaps(spans: HealthFinding[]): HealthFinding[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: HealthFinding[] = [];
  for (const span of sorted) {
    const last = kept.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else kept.push({ ...span });
  }
  return kept;
}
