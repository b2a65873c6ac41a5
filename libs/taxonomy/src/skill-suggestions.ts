import { newStemmer } from 'snowball-stemmers';
import type { EscoOccupation, EscoSkill } from './esco-data';
import { normalizeLabel, type SkillSearchLanguage, STOP_WORDS } from './skill-search-index';

export interface SkillSuggestion {
  skillId: string;
  /** Estimated probability that an HR lead accepts the suggestion (see CONFIDENCE_MODEL). */
  confidence: number;
  /** The words in the input that triggered the suggestion, in input order. */
  matchedText: string;
  preferredLabelEn: string;
  preferredLabelNl: string | null;
  /**
   * CAN: the text says the person can do it (or the vacancy asks it). WANTS_TO_LEARN: it comes only from what
   * they want to learn or are training for ("wil graag leren …", "volgt een opleiding tot …").
   */
  intent: SuggestionIntent;
}

export type SuggestionIntent = 'CAN' | 'WANTS_TO_LEARN';

export interface SkillSuggestOptions {
  /** The language of the text; detected from its function words when left out. */
  language?: SkillSearchLanguage;
  /** Default 10, at most 50. */
  limit?: number;
}

/** What one candidate skill looks like before it is scored; public so the evaluation can refit the model. */
export interface SuggestionFeatures {
  /** idf-weighted share of the best label's words found in one window of the text (0–1). */
  coverage: number;
  /** 1 when every word of that label was found. */
  fullMatch: number;
  /** Sum of the idf of the matched words, divided by 10: rare words are stronger evidence. */
  evidence: number;
  /** 1 when the match needed the Dutch lexicon or a Dutch word matched an English label. */
  indirect: number;
  /** 1 when the best label is an alternative (not preferred) label. */
  altLabel: number;
  /** Share of the matched occupation's ISCO group that lists the skill as essential, times how sure that match is. */
  occupation: number;
  /** log(1 + other labels of the skill that also matched well). */
  otherLabels: number;
  /** log(1 + occupations using the skill) / log(301): people write about common skills. */
  usage: number;
  /** 1 for ESCO's transversal skills (teamwork, languages, planning), which no occupation lists. */
  transversal: number;
}

export interface SuggestionCandidate {
  skill: EscoSkill;
  features: SuggestionFeatures;
  matchedText: string;
  intent: SuggestionIntent;
}

/**
 * Logistic model: confidence = σ(intercept + Σ weight·feature), the estimated chance that an HR lead accepts the
 * suggestion. Fitted on the dev half of bench/skill-suggestions.sample.json (`node
 * dist/bench/skill-suggestions.eval.js --fit`); on the held-out half, 96% of suggestions from 0.75 up and 53% of
 * those from 0.5 to 0.75 were acceptable (libs/taxonomy/README.md).
 */
export const CONFIDENCE_MODEL: Readonly<{ intercept: number } & Record<keyof SuggestionFeatures, number>> = {
  intercept: -7.499,
  coverage: 1.667,
  fullMatch: 1.484,
  evidence: 2.456,
  indirect: 0.471,
  altLabel: -0.554,
  occupation: 2.75,
  otherLabels: 0.713,
  usage: 3.428,
  transversal: 1.996,
};

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;
/** Longer labels ("ability to comprehend spoken and written Finnish …") read as definitions, not as skills. */
const MAX_LABEL_TERMS = 6;
/** Labels need at least this share of their weight in the text to become candidates at all. */
const MIN_COVERAGE = 0.45;
/** Words of one label must occur within this many tokens: a clause, not a whole vacancy. */
const WINDOW = 12;
/** How much a match counts when it went through the Dutch lexicon, or is a Dutch word in an English label. */
const LEXICON_WEIGHT = 0.9;
const LOANWORD_WEIGHT = 0.85;
/** An occupation contributes its most typical essential skills, not all of them (often 20–70). */
const SKILLS_PER_OCCUPATION = 6;
const OCCUPATION_ALT_LABEL_WEIGHT = 0.6;

type Language = SkillSearchLanguage;

/**
 * Dutch → English words for a Dutch text to reach the English ESCO labels: only ~16% of skills have Dutch labels,
 * mostly transversal, digital and green ones, while candidates and vacancies talk about care, logistics, retail,
 * hospitality and trades. Targets are English label words (not skill ids), so one entry serves every label that
 * uses the word, and stemming covers inflections on both sides. Written from general Dutch job-market vocabulary
 * before the evaluation sample was; the entries after the blank line were added while tuning on its dev half.
 * Ambiguous words (door, kind, boot, die) are left out on purpose.
 */
const DUTCH_LEXICON = `
zorg=care; verzorgen=care|personal care; verzorging=personal care; verzorgende=care|personal care;
thuiszorg=home care; ouderenzorg=elderly care; ouderen=elderly; bejaarden=elderly; dementie=dementia;
gehandicaptenzorg=disability care; gehandicapten=disabilities; beperking=disability; kinderopvang=child care;
kinderen=children; jongeren=youth|young people; patienten=patients; patient=patient; clienten=clients;
client=client; verpleegkunde=nursing; verplegen=nursing; verpleging=nursing; verpleegkundige=nurse|nursing;
medicijnen=medication; medicatie=medication; wondzorg=wound care; hygiene=hygiene; begeleiden=support|guide;
begeleiding=support|guidance; ondersteunen=support|assist; ondersteuning=support; huishouden=household;
huishoudelijk=household|domestic; maaltijden=meals; eten=food|meals; schoonmaken=clean|cleaning;
schoonmaak=cleaning; poetsen=clean; wassen=wash|laundry; strijken=ironing; afwassen=wash dishes;
communiceren=communicate; communicatie=communication; communicatief=communication; luisteren=listen;
gesprek=conversation; gesprekken=conversations; mensen=people; omgaan=deal with|handle; klant=customer|client;
klanten=customers|clients; klantvriendelijk=customer service|friendly; klantcontact=customer contact;
klantenservice=customer service; telefoon=telephone; telefonisch=telephone; klachten=complaints;
afhandelen=handle; empathie=empathy; empathisch=empathy; geduld=patience; geduldig=patience;
vriendelijk=friendly|courteous; samenwerken=work in teams|collaborate; samenwerking=collaboration|teamwork;
team=team; collega=colleagues; zelfstandig=independently; nauwkeurig=accurately|attention to detail;
precies=precise|detail; flexibel=flexible|adapt to change; stressbestendig=cope with stress|pressure;
leergierig=willingness to learn; leren=learn; initiatief=initiative; verantwoordelijk=responsibility;
verantwoordelijkheid=responsibility; betrouwbaar=trustworthy|reliable; creatief=creative|creatively;
oplossen=solve|resolve; problemen=problems; probleemoplossend=solve problems; analytisch=analytical;
overtuigen=persuade|convince; onderhandelen=negotiate; presenteren=present|presentation;
presentatie=presentation; adviseren=advise; advies=advice|advise; instrueren=instruct; uitleggen=explain;
lesgeven=teach; onderwijs=education|teaching; trainen=train; opleiden=train; coachen=coach;
motiveren=motivate; leidinggeven=lead|manage staff|supervise; leiding=lead|leadership|supervise;
leidinggevende=manager|supervisor; aansturen=supervise|manage; managen=manage; beheren=manage;
beheer=management; organiseren=organise; organisatie=organisation; plannen=plan|schedule;
planning=planning|schedule; rooster=schedule|roster; roosters=schedules|rosters; prioriteren=prioritise;
regelen=arrange|organise; administratie=administration|records; administratief=administrative|clerical;
boekhouding=bookkeeping|accounting; boekhouden=bookkeeping; financien=finance; financieel=financial;
facturen=invoices; factureren=invoice|billing; salarisadministratie=payroll; begroting=budget;
rapportage=reports; rapporteren=report; verslagen=reports; archiveren=archive; kantoor=office;
secretariaat=secretarial; afspraken=appointments; notuleren=minutes; typen=typing; computer=computer;
rekenen=calculations|numeracy; cijfers=numbers|figures; gegevens=data; invoeren=enter data;
inkoop=purchasing|procurement; inkopen=purchase; verkoop=sales|sell; verkopen=sell|sales; verkoper=sales;
winkel=shop|store|retail; kassa=cash register|till; afrekenen=payments|cash; vakkenvullen=stock shelves;
voorraad=stock|inventory; bestellingen=orders; bestellen=order; reclame=advertising; webwinkel=online shop;
juridisch=legal; wetgeving=legislation; contracten=contracts; personeelszaken=human resources;
werving=recruitment; magazijn=warehouse; orderpicken=order picking; heftruck=forklift;
reachtruck=reach truck|forklift; vrachtwagen=truck|lorry; chauffeur=driver|drive; rijden=drive|driving;
rijbewijs=driving licence; bezorgen=deliver; bezorging=delivery; vervoer=transport; laden=load;
lossen=unload; inpakken=pack|packing; verpakken=pack|packaging; sorteren=sort; tillen=lift;
productie=production|manufacturing; fabriek=factory|manufacturing; machines=machinery|machines;
machine=machine; bedienen=operate; onderhoud=maintenance|maintain; onderhouden=maintain; repareren=repair;
reparatie=repair; storingen=faults|troubleshoot; monteren=assemble|install; montage=assembly;
installeren=install; installatie=installation; elektra=electrical; elektrisch=electrical;
elektricien=electrician|electrical; lassen=weld|welding; solderen=solder; timmeren=carpentry;
hout=wood; metselen=bricklaying; schilderen=paint; tekenen=draw|drawing; bouw=construction;
gereedschap=tools; veiligheid=safety; veilig=safely|safety; kwaliteit=quality; controleren=check|inspect;
controle=inspection|control; meten=measure; technisch=technical; techniek=technical|engineering;
koken=cook|cooking; kok=cook|chef; keuken=kitchen; bakken=bake; horeca=hospitality|catering;
bediening=serve|waiting; serveren=serve; gasten=guests; receptie=reception; voedselveiligheid=food safety;
programmeren=programming|software development; ontwikkelen=develop; ontwerpen=design;
netwerkbeheer=network administration; beveiliging=security; databank=database; systeembeheer=system administration;
helpdesk=help desk|ICT support; nederlands=Dutch; engels=English; duits=German; frans=French; spaans=Spanish;
turks=Turkish; arabisch=Arabic; pools=Polish; spreken=speak; schrijven=write; taal=language; talen=languages;
leerlingen=pupils|students; studenten=students; tuin=garden; tuinieren=gardening; planten=plants;
groenvoorziening=landscaping|green spaces; dieren=animals; landbouw=agriculture|farming;

vakken=shelves; vullen=stock|fill; snoeien=prune; bomen=trees; maaien=mow; gras=lawn|grass; muren=walls;
voorbereiden=prepare; bezoekers=visitors|guests; ontvangen=welcome|greet|receive; ontving=welcome|greet;
agenda=appointments|agenda
`;

/** Irregular English past forms that candidates use about their own work ("I drove", "I taught"). */
const ENGLISH_IRREGULAR = new Map(
  `taught=teach drove=drive driven=drive sold=sell led=lead built=build made=make wrote=write written=write
  spoke=speak spoken=speak took=take gave=give kept=keep bought=buy met=meet brought=bring held=hold fed=feed
  dealt=deal sought=seek ran=run understood=understand thought=think`
    .split(/\s+/)
    .map((pair) => pair.split('=') as [string, string]),
);

/** Function words and job-ad filler: they occur in texts, select no skill, and are dropped from labels too. */
const TEXT_STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set([
    ...STOP_WORDS,
    ...`i me my we our us you your he she him her his it its they them their am is are was were be been being
    have has had do does did can could will would should may might must also very well good strong some any all
    this that these those there here who which what when where how than then so if but not no year years
    experience experienced looking need needed include includes including responsibilities duties enjoy like
    able skill skills easily about across new job role`.split(/\s+/),
  ]),
  nl: new Set([
    ...STOP_WORDS,
    ...`ik mij me mijn wij we ons onze jij je jou jouw u uw hij zij ze zijn haar hun dit dat deze die er hier
    daar wie wat waar wanneer hoe dan als maar want omdat dus ook nog al wel niet geen heel erg zeer veel goed
    graag ben bent is was waren heb hebt heeft hebben had hadden kan kun kunt kunnen wil wilt willen zal zult
    zullen zou moet moeten mag mogen word wordt worden werd jaar jaren jarenlang ervaring gezocht zoeken zoekt
    taken functie vorige baan echte zowel tot uit over onder tussen door doe doet deed deden`.split(/\s+/),
  ]),
};

/** A handful of words per language that are frequent in running text and rare in the other language. */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    'the and of to i my is are was have has with for you your we our this that it as at'.split(' '),
  ),
  nl: new Set(
    'de het een en ik mijn je jij wij we heb heeft met voor bij die dat ook van naar zijn'.split(' '),
  ),
};

const stemmers = { en: newStemmer('english'), nl: newStemmer('dutch') };
const stemCache = { en: new Map<string, string>(), nl: new Map<string, string>() };

/** British and American spellings meet before stemming ("organize" → "organis"), as ESCO writes British. */
function stem(word: string, language: Language): string {
  let stemmed = stemCache[language].get(word);
  if (stemmed === undefined) {
    const base = language === 'en' ? word.replace(/iz(?=(e|es|ed|ing|ation|ations|er|ers)$)/, 'is') : word;
    stemmed = stemmers[language].stem(base);
    stemCache[language].set(word, stemmed);
  }
  return stemmed;
}

/** Distinct content terms of a label, stemmed and tagged with its language ("en:manag"). */
function labelTerms(label: string, language: Language): string[] {
  const terms = normalizeLabel(label)
    .split(' ')
    .filter((word) => word.length > 1 && !TEXT_STOP_WORDS[language].has(word))
    .map((word) => `${language}:${stem(word, language)}`);
  return [...new Set(terms)];
}

/**
 * Infinitives a Dutch verb form may belong to: "gelast" → lassen, "installeert" → installeren, "vulde" → vullen.
 * Guesses only; they are looked up, never indexed, so a wrong guess matches nothing.
 */
function dutchInfinitives(word: string): string[] {
  const base = word
    .replace(/^ge(?=\p{L}{3})/u, '')
    .replace(/(de|te|den|ten)$/, '')
    .replace(/[dt]$/, '');
  if (base.length < 3) return [];
  const last = base[base.length - 1];
  const undoubled = base.replace(/([aeou])\1(\p{L})$/u, '$1$2');
  return [...new Set([`${base}en`, `${base}${last}en`, `${undoubled}en`])].filter((form) => form !== word);
}

/** Dutch stem → English label terms ("en:forklift"); entries whose Dutch words share a stem are merged. */
const lexicon: ReadonlyMap<string, string[]> = DUTCH_LEXICON.split(';')
  .map((entry) => entry.trim().split('='))
  .filter(([dutch, english]) => dutch && english)
  .reduce((map, [dutch, english]) => {
    const key = stem(normalizeLabel(dutch), 'nl');
    const terms = labelTerms(english.replace(/\|/g, ' '), 'en');
    return map.set(key, [...new Set([...(map.get(key) ?? []), ...terms])]);
  }, new Map<string, string[]>());

const lexiconEntry = (word: string): string[] | undefined => lexicon.get(stem(word, 'nl'));

function lexiconTerms(word: string): string[] | undefined {
  const direct = lexiconEntry(word);
  if (direct) return direct;
  for (const form of dutchInfinitives(word)) {
    const terms = lexiconEntry(form);
    if (terms) return terms;
  }
  return compoundTerms(word);
}

/** Dutch writes compounds as one word: "heftruckcertificaat", "thuiszorgorganisatie". Longest known part wins. */
function compoundTerms(word: string): string[] | undefined {
  if (word.length < 8) return undefined;
  for (let size = word.length - 3; size >= 4; size--) {
    const head = word.slice(0, size);
    const headTerms =
      lexiconEntry(head) ?? (head.endsWith('s') ? lexiconEntry(head.slice(0, -1)) : undefined);
    if (headTerms) return [...headTerms, ...(lexiconEntry(word.slice(size)) ?? [])];
    const tailTerms = lexiconEntry(word.slice(word.length - size));
    if (tailTerms) return [...(lexiconEntry(word.slice(0, word.length - size)) ?? []), ...tailTerms];
  }
  return undefined;
}

interface TermKey {
  term: string;
  /** 1 for a word in the label's own language; less when it went through the lexicon or crossed languages. */
  weight: number;
}

interface Token {
  surface: string;
  segment: number;
  keys: TermKey[];
  /** The token stands in a clause about what the person wants to learn or is training for. */
  learning: boolean;
}

/** A clause ends at sentence punctuation, a comma, a line break or a list bullet. */
const CLAUSE_BREAK = /[.!?;:,\n\r•·|()[\]]/;

function detectLanguage(words: readonly string[]): Language | undefined {
  const count = (language: Language) => words.filter((word) => FUNCTION_WORDS[language].has(word)).length;
  const nl = count('nl');
  const en = count('en');
  if (nl === en) return undefined;
  return nl > en ? 'nl' : 'en';
}

function tokenKeys(word: string, language: Language | undefined): TermKey[] {
  const keys: TermKey[] = [];
  const english = ENGLISH_IRREGULAR.get(word) ?? word;
  const isStop = (l: Language) => TEXT_STOP_WORDS[l].has(word);
  if (language !== 'nl' && !isStop('en')) keys.push({ term: `en:${stem(english, 'en')}`, weight: 1 });
  if (language !== 'en' && !isStop('nl')) {
    keys.push({ term: `nl:${stem(word, 'nl')}`, weight: 1 });
    for (const form of dutchInfinitives(word)) keys.push({ term: `nl:${stem(form, 'nl')}`, weight: 1 });
    // Dutch vacancies borrow English words: marketing, software, sales, management.
    if (language === 'nl') keys.push({ term: `en:${stem(word, 'en')}`, weight: LOANWORD_WEIGHT });
    for (const term of lexiconTerms(word) ?? []) keys.push({ term, weight: LEXICON_WEIGHT });
  }
  return keys;
}

/**
 * Words that open a new part of a sentence: "Ik werk in de thuiszorg en wil graag leren plannen" is about two
 * things, and only the second is to be learnt.
 */
const SUBCLAUSE_OPENERS = new Set('en maar want omdat zodat terwijl and but because so while'.split(' '));

/**
 * A part of a sentence about learning: wanting to learn, training for, not having something yet. Matched on the
 * part's normalised words joined by spaces. "Leert snel" (a trait) and "geleerd" (done) are not cues.
 */
const LEARNING_CUES = [
  /\b(leren|leer)\b/,
  /\b(opleiding|cursus|training|omscholen|omscholing|bijspijkeren|bijscholen|scholing)\b/,
  /\b(wil|wilt|willen|zou|zouden|graag)\b.*\b(halen|ontwikkelen|verbeteren|specialiseren|opleiden)\b/,
  /\b(ontwikkelen|specialiseren) (in|tot|richting)\b/,
  /\bnog geen\b/,
  /\b(learn|learning|course|training|studying|retrain)\b/,
];

/** A course finished, or given to others, is no wish to learn: "opleiding afgerond", "geeft trainingen". */
const DONE_CUES =
  /\b(afgerond|gevolgd|behaald|gehaald|geslaagd|afgestudeerd|geeft|gaf|verzorgt|completed|finished|gives)\b/;

const isLearningPart = (words: readonly string[]): boolean => {
  const text = words.join(' ');
  return !DONE_CUES.test(text) && LEARNING_CUES.some((cue) => cue.test(text));
};

function tokenize(text: string, language: Language | undefined): Token[] {
  const matches = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)];
  const words = matches.map((match) => normalizeLabel(match[0]));
  const effective = language ?? detectLanguage(words);
  const tokens: Token[] = [];
  const parts: number[] = [];
  let segment = 0;
  let part = 0;
  let previousEnd = 0;
  matches.forEach((match, i) => {
    const breaks = CLAUSE_BREAK.test(text.slice(previousEnd, match.index));
    if (breaks) segment++;
    if (breaks || SUBCLAUSE_OPENERS.has(words[i])) part++;
    parts.push(part);
    previousEnd = match.index + match[0].length;
  });
  const partWords = new Map<number, string[]>();
  words.forEach((word, i) => partWords.set(parts[i], [...(partWords.get(parts[i]) ?? []), word]));
  const learningParts = new Set([...partWords].filter(([, w]) => isLearningPart(w)).map(([p]) => p));
  segment = 0;
  previousEnd = 0;
  matches.forEach((match, i) => {
    if (CLAUSE_BREAK.test(text.slice(previousEnd, match.index))) segment++;
    previousEnd = match.index + match[0].length;
    if (words[i].length > 1 && !/^\d+$/.test(words[i])) {
      const learning = learningParts.has(parts[i]);
      tokens.push({ surface: match[0], segment, keys: tokenKeys(words[i], effective), learning });
    }
  });
  return tokens;
}

interface IndexedLabel {
  /** Index of the skill or occupation the label names. */
  owner: number;
  preferred: boolean;
  terms: string[];
  idf: number[];
  total: number;
  /** How many owners carry the same label: ESCO reuses alternative labels ("manager", "driver"). */
  sharedBy: number;
}

interface LabelMatch {
  label: IndexedLabel;
  coverage: number;
  evidence: number;
  full: boolean;
  indirect: boolean;
  /** The weakest of the matched words' weights. */
  weakest: number;
  tokens: number[];
}

interface OwnerMatch {
  best: LabelMatch;
  labels: Set<IndexedLabel>;
}

/** Spans of at most WINDOW tokens, overlapping by half, never crossing a clause break. */
function windows(tokens: readonly Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let start = 0; start < tokens.length;) {
    let end = start;
    while (end < tokens.length && tokens[end].segment === tokens[start].segment) end++;
    for (let from = start; ; from += WINDOW / 2) {
      spans.push([from, Math.min(from + WINDOW, end)]);
      if (from + WINDOW >= end) break;
    }
    start = end;
  }
  return spans;
}

/** Labels as sets of stemmed terms with idf weights; finds the labels whose words a text contains. */
class LabelIndex {
  private readonly labels: IndexedLabel[] = [];
  private readonly languages: Language[] = [];
  private readonly postings = new Map<string, number[]>();

  add(owner: number, text: string, language: Language, preferred: boolean): void {
    const terms = labelTerms(text, language);
    if (terms.length === 0 || terms.length > MAX_LABEL_TERMS) return;
    const id = this.labels.length;
    this.labels.push({ owner, preferred, terms, idf: [], total: 0, sharedBy: 1 });
    this.languages.push(language);
    for (const term of terms) {
      const list = this.postings.get(term);
      if (list) list.push(id);
      else this.postings.set(term, [id]);
    }
  }

  /** idf within each language, since English labels outnumber Dutch ones about thirty to one. */
  finish(): void {
    const perLanguage = { en: 0, nl: 0 };
    for (const language of this.languages) perLanguage[language]++;
    // An owner's labels are added one after the other, so counting owner changes counts distinct owners.
    const owners = new Map<string, { last: number; count: number }>();
    const keys = this.labels.map(({ terms }) =>
      terms.length === 1 ? terms[0] : [...terms].sort().join(' '),
    );
    this.labels.forEach((label, id) => {
      const seen = owners.get(keys[id]);
      if (!seen) owners.set(keys[id], { last: label.owner, count: 1 });
      else if (seen.last !== label.owner) [seen.last, seen.count] = [label.owner, seen.count + 1];
    });
    this.labels.forEach((label, id) => {
      const total = perLanguage[this.languages[id]];
      label.idf = label.terms.map((term) => Math.log(1 + total / (this.postings.get(term)?.length ?? 1)));
      label.total = label.idf.reduce((sum, idf) => sum + idf, 0);
      label.sharedBy = owners.get(keys[id])?.count ?? 1;
    });
  }

  /** The best-covered label per owner, over all windows of the text. */
  match(tokens: readonly Token[]): Map<number, OwnerMatch> {
    const owners = new Map<number, OwnerMatch>();
    for (const [from, to] of windows(tokens)) {
      for (const match of this.matchWindow(tokens, from, to)) {
        const current = owners.get(match.label.owner);
        if (!current) owners.set(match.label.owner, { best: match, labels: new Set([match.label]) });
        else {
          current.labels.add(match.label);
          if (isBetter(match, current.best)) current.best = match;
        }
      }
    }
    return owners;
  }

  private matchWindow(tokens: readonly Token[], from: number, to: number): LabelMatch[] {
    const hits = new Map<number, { weight: number[]; token: number[] }>();
    for (let t = from; t < to; t++) {
      for (const { term, weight } of tokens[t].keys) {
        for (const id of this.postings.get(term) ?? []) {
          const terms = this.labels[id].terms;
          let hit = hits.get(id);
          if (!hit) hits.set(id, (hit = { weight: terms.map(() => 0), token: terms.map(() => -1) }));
          const i = terms.indexOf(term);
          if (weight > hit.weight[i]) [hit.weight[i], hit.token[i]] = [weight, t];
        }
      }
    }
    const matches: LabelMatch[] = [];
    for (const [id, { weight, token }] of hits) {
      const label = this.labels[id];
      const coverage = weight.reduce((sum, w, i) => sum + w * label.idf[i], 0) / label.total;
      if (coverage < MIN_COVERAGE) continue;
      const matched = weight.filter((w) => w > 0);
      matches.push({
        label,
        coverage,
        evidence: label.idf.reduce((sum, idf, i) => sum + (weight[i] > 0 ? idf : 0), 0),
        full: matched.length === weight.length,
        indirect: matched.some((w) => w < 1),
        weakest: Math.min(...matched),
        tokens: [...new Set(token.filter((t) => t >= 0))],
      });
    }
    return matches;
  }
}

function isBetter(a: LabelMatch, b: LabelMatch): boolean {
  if (a.coverage !== b.coverage) return a.coverage > b.coverage;
  if (a.label.preferred !== b.label.preferred) return a.label.preferred;
  return a.evidence > b.evidence;
}

interface OccupationSupport {
  score: number;
  tokens: number[];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** σ(intercept + Σ weight·feature), rounded so equal evidence gives equal, stable output. */
export function confidenceOf(features: SuggestionFeatures): number {
  let x = CONFIDENCE_MODEL.intercept;
  for (const name of Object.keys(features) as Array<keyof SuggestionFeatures>) {
    x += CONFIDENCE_MODEL[name] * features[name];
  }
  return Math.round(sigmoid(x) * 1000) / 1000;
}

/**
 * Suggests ESCO skills for a free text (a vacancy, or a candidate's own words), Dutch or English. Pure and
 * synchronous: build once from the taxonomy (2–4 s), then query from any number of requests.
 *
 * Evidence comes from two places. (1) Skill labels whose words occur together in one clause of the text; Dutch
 * words also reach English labels through a small lexicon, since most skills have no Dutch label. (2) Occupation
 * labels (3,004 of 3,007 have Dutch ones): a named occupation lends its most typical essential skills a weaker
 * vote. A logistic model turns that evidence into a confidence.
 */
export class SkillSuggester {
  private readonly skills: readonly EscoSkill[];
  private readonly skillLabels = new LabelIndex();
  private readonly occupationLabels = new LabelIndex();
  /** Per occupation: its most typical essential skills, with the share of its ISCO group that lists them. */
  private readonly occupationSkills: Array<Array<{ skill: number; share: number }>>;

  constructor(taxonomy: { skills: readonly EscoSkill[]; occupations: readonly EscoOccupation[] }) {
    this.skills = taxonomy.skills;
    this.skills.forEach((skill, i) => {
      this.skillLabels.add(i, skill.en, 'en', true);
      for (const label of skill.enAlt) this.skillLabels.add(i, label, 'en', false);
      if (skill.nl) this.skillLabels.add(i, skill.nl, 'nl', true);
      for (const label of skill.nlAlt) this.skillLabels.add(i, label, 'nl', false);
    });
    this.skillLabels.finish();
    taxonomy.occupations.forEach((occupation, i) => {
      this.occupationLabels.add(i, occupation.en, 'en', true);
      for (const label of occupation.enAlt) this.occupationLabels.add(i, label, 'en', false);
      if (occupation.nl) this.occupationLabels.add(i, occupation.nl, 'nl', true);
      for (const label of occupation.nlAlt) this.occupationLabels.add(i, label, 'nl', false);
    });
    this.occupationLabels.finish();
    this.occupationSkills = typicalSkills(taxonomy.occupations, this.skills);
  }

  suggest(text: string, options: SkillSuggestOptions = {}): SkillSuggestion[] {
    const requested = Math.trunc(options.limit ?? DEFAULT_LIMIT);
    const limit = Number.isNaN(requested) ? DEFAULT_LIMIT : Math.min(Math.max(requested, 0), MAX_LIMIT);
    if (limit === 0) return [];
    return this.candidates(text, options.language)
      .map(({ skill, features, matchedText, intent }) => ({
        skillId: skill.id,
        confidence: confidenceOf(features),
        matchedText,
        intent,
        // A few ESCO labels end in a space ("plan ").
        preferredLabelEn: skill.en.trim(),
        preferredLabelNl: skill.nl?.trim() ?? null,
      }))
      .sort((a, b) => b.confidence - a.confidence || (a.skillId < b.skillId ? -1 : 1))
      .slice(0, limit);
  }

  /** Every skill with some evidence in the text, unscored. */
  candidates(text: string, language?: Language): SuggestionCandidate[] {
    const tokens = tokenize(text, language);
    if (tokens.length === 0) return [];
    const direct = this.skillLabels.match(tokens);
    const support = this.occupationSupport(tokens);
    const surface = (indexes: readonly number[]) =>
      [...new Set(indexes)]
        .sort((a, b) => a - b)
        .map((i) => tokens[i].surface)
        .join(' ');
    return [...new Set([...direct.keys(), ...support.keys()])].map((skill) => {
      const match = direct.get(skill)?.best;
      const occupation = support.get(skill);
      const evidence = [...(match?.tokens ?? []), ...(occupation?.tokens ?? [])];
      return {
        skill: this.skills[skill],
        matchedText: surface(evidence),
        // Only what the text says about learning and nothing else: a skill also named as done is one they have.
        intent: evidence.every((t) => tokens[t].learning) ? 'WANTS_TO_LEARN' : 'CAN',
        features: {
          coverage: match?.coverage ?? 0,
          fullMatch: match?.full ? 1 : 0,
          evidence: (match?.evidence ?? 0) / 10,
          indirect: match?.indirect ? 1 : 0,
          altLabel: match && !match.label.preferred ? 1 : 0,
          occupation: occupation?.score ?? 0,
          otherLabels: Math.log1p((direct.get(skill)?.labels.size ?? 1) - 1),
          usage: Math.log1p(this.skills[skill].occupations) / Math.log(301),
          transversal: this.skills[skill].reuse === 'transversal' ? 1 : 0,
        },
      };
    });
  }

  /** Occupations named in full in the text, each lending its typical skills a vote. */
  private occupationSupport(tokens: readonly Token[]): Map<number, OccupationSupport> {
    const support = new Map<number, OccupationSupport>();
    for (const [occupation, { best }] of this.occupationLabels.match(tokens)) {
      if (!best.full) continue;
      const labelWeight = best.label.preferred ? 1 : OCCUPATION_ALT_LABEL_WEIGHT;
      const sureness = (labelWeight * best.weakest) / best.label.sharedBy;
      for (const { skill, share } of this.occupationSkills[occupation]) {
        const score = sureness * share;
        if (score > (support.get(skill)?.score ?? 0)) support.set(skill, { score, tokens: best.tokens });
      }
    }
    return support;
  }
}

/**
 * An occupation's essential skills ranked by how many occupations of its ISCO unit group share them: what is
 * common to "nurse" occupations says more about a nurse than what one specialisation adds.
 */
function typicalSkills(
  occupations: readonly EscoOccupation[],
  skills: readonly EscoSkill[],
): Array<Array<{ skill: number; share: number }>> {
  const skillIndex = new Map(skills.map((skill, i) => [skill.id, i]));
  const groups = new Map<string, { size: number; counts: Map<string, number> }>();
  for (const occupation of occupations) {
    const group = groups.get(occupation.isco) ?? { size: 0, counts: new Map<string, number>() };
    group.size++;
    for (const id of occupation.essential) group.counts.set(id, (group.counts.get(id) ?? 0) + 1);
    groups.set(occupation.isco, group);
  }
  return occupations.map((occupation) => {
    const group = groups.get(occupation.isco);
    return occupation.essential
      .filter((id) => skillIndex.has(id))
      .map((id) => ({ id, share: (group?.counts.get(id) ?? 0) / (group?.size ?? 1) }))
      .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : 1))
      .slice(0, SKILLS_PER_OCCUPATION)
      .map(({ id, share }) => ({ skill: skillIndex.get(id) ?? 0, share }));
  });
}
