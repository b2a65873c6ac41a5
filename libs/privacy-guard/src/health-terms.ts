/**
 * The vocabulary of the health-data firewall (health-detector.ts), as regular-expression sources matched on
 * lower-cased, normalised text between word boundaries. Where the terms come from:
 * - conditions: the common complaints behind Dutch sick leave as the occupational-health guidance names them
 *   (musculoskeletal: hernia, rug-/nekklachten, RSI/KANS, artrose; psychological: overspannenheid, burn-out,
 *   depressie, angst- en paniekstoornissen, PTSS), the chronic conditions of the CBS/RIVM health surveys
 *   (diabetes, astma/COPD, hart- en vaatziekten, kanker, reuma, migraine, epilepsie, MS, NAH) and the DSM
 *   names that turn up in re-integration files (ADHD, autisme, bipolair, schizofrenie, borderline), in Dutch
 *   and English, with their adjectives and plurals (depressie/depressief/depressieve, zwanger/zwangerschap);
 * - medication: the classes (antidepressiva, benzodiazepinen, antipsychotica, bloedverdunners, slaapmiddelen,
 *   pijnstillers) and the generic and brand names most prescribed for those conditions in the Netherlands and
 *   the UK (paroxetine, oxazepam, methylfenidaat/Ritalin, insuline, methadon, …);
 * - treatment and care providers: therapies and hospital words, and the professions a person "loopt bij";
 * - sick leave: the phrasing of the Ziektewet and the Wet verbetering poortwachter ("ziekgemeld", "in de
 *   ziektewet", "50% ziek", "arbeidsongeschikt sinds", "WIA-keuring", "hersteld gemeld");
 * - pregnancy and addiction, including the Dutch addiction-care providers that give it away (Jellinek, Tactus).
 * Deliberately absent: the labour-disability and track vocabulary the product itself uses ("arbeidsbeperking",
 * "banenafspraak", "Wajong", "spoor 2", "re-integratie", "jobcoach", "loonkostensubsidie", "no-riskpolis",
 * "beperkt belastbaar"), and functional words ("tillen", "staan", "prikkelarm", "structuur", "stress").
 *
 * `default` terms are refused unless the nearest cue before them is a job cue ("cliënten met dementie");
 * `cued` terms are words with an everyday or sector meaning too ("medicatie", "psycholoog", "ziek",
 * "therapie") and are refused only when the nearest cue before them points at a person ("slikt", "loopt bij").
 */

export enum HealthReason {
  CONDITION = 'CONDITION',
  MEDICATION = 'MEDICATION',
  TREATMENT_OR_CARE_PROVIDER = 'TREATMENT_OR_CARE_PROVIDER',
  SICK_LEAVE = 'SICK_LEAVE',
  PREGNANCY = 'PREGNANCY',
  ADDICTION = 'ADDICTION',
}

export interface HealthTermGroup {
  reason: HealthReason;
  default: string[];
  cued: string[];
}

const BODY = 'rug|nek|schouder|knie|heup|enkel|pols|arm|been|hart|maag|darm|long|hoofd|gewrichts|spier|zenuw';
const MIND = 'spannings|stress|burn-?out|overspannings|angst|paniek|psychische|mentale|lichamelijke|hart';

/**
 * Phrases that announce a condition without naming one ("lijdt aan", "diagnosed with"): refused like a
 * condition, but only reported when no named term in the text says more precisely what it is.
 */
export const GENERIC_CONDITION = [
  String.raw`gediagnosticeerd|gediagnostiseerd|diagnosed|lijdt aan|leed aan|suffers from|suffering from`,
];

/** Abbreviations that are a condition only in capitals ("heeft MS", not "200 ms"; "NAH", not "nah"). */
export const CAPITALS_ONLY = new Set(['ms', 'nah']);

export const HEALTH_TERMS: HealthTermGroup[] = [
  {
    reason: HealthReason.CONDITION,
    default: [
      String.raw`\p{L}*hernia(?:'?s)?|herniated(?: disc)?|slipped disc`,
      String.raw`burn[- ]?out(?:klachten|verschijnselen|achtige)?`,
      String.raw`burn(?:ed|t)[- ]out`,
      String.raw`overspannen(?:heid)?`,
      String.raw`overspanning(?:sklachten)?`,
      String.raw`depressi(?:e|es|ef|eve|viteit|on|ons|ve)`,
      String.raw`angst(?:stoornis|stoornissen|klachten)`,
      String.raw`paniek(?:aanval|aanvallen|stoornis)`,
      String.raw`(?:anxiety|panic) (?:disorder|attacks?)`,
      String.raw`ptss|ptsd|post-?traumatische stress(?:stoornis)?|post-?traumatic stress(?: disorder)?`,
      String.raw`bipola(?:ir|ire|r)|manisch(?:-depressief|e)?|schizofren(?:ie|e)|schizophreni(?:a|c)`,
      String.raw`psychoses?|psychotisch(?:e)?|psychosis|psychotic`,
      String.raw`borderline(?:stoornis)?|persoonlijkheidsstoornis|personality disorder`,
      String.raw`adhd|autis(?:me|tisch|tische|m|tic)|autismespectrumstoornis|asperger(?:'?s)?`,
      String.raw`ocd|dwangstoornis|obsessive[- ]compulsive(?: disorder)?`,
      String.raw`eetstoornis|anorexia|boulimia|bulimia|eating disorder`,
      String.raw`epilepsie|epileptisch(?:e)?|epilepsy|epileptic`,
      String.raw`diabet(?:es|icus|ica|ic)|suikerziekte|suikerpatiënt`,
      String.raw`\p{L}*kanker|tumou?r(?:en|s)?|(?<!anti-)cancer|leuk(?:a)?emi(?:e|a)|lymfoom|lymphoma`,
      String.raw`hartinfarct|hartaanval|hartfalen|hartritmestoornis(?:sen)?|heart (?:attack|condition|failure)`,
      String.raw`beroerte|herseninfarct|hersenbloeding|cva|nah|niet-aangeboren hersenletsel|hersenletsel|brain injury`,
      String.raw`hersenschudding|concussion`,
      String.raw`multiple scleros(?:e|is)`,
      String.raw`reuma(?:tisch|tische|toïde artritis)?|artrose|artritis|arthritis|fibromyalgi(?:e|a)`,
      String.raw`chronisch vermoeidheidssyndroom|chronic fatigue(?: syndrome)?|me/cvs|long[- ]covid|post-covid`,
      String.raw`astma|asthma|copd|migraine|whiplash|rsi|tinnitus|crohn|colitis|prikkelbare darm`,
      String.raw`hiv(?:-positief|-positive)?|hepatitis|parkinson(?:'?s)?|alzheimer(?:'?s)?|dementie|dementia|slaapapneu|sleep apnoea`,
      String.raw`hoge bloeddruk|high blood pressure|dyslexi(?:e|a)|dyslecti(?:sch|sche)|dyslexic|dyscalculie`,
      String.raw`allergisch(?:e)? voor|allergic to|\p{L}+allergie`,
      String.raw`(?:${BODY}|${MIND})klachten|(?:psychische|mentale|lichamelijke) (?:klachten|problemen|aandoening|stoornis)`,
      String.raw`mental health (?:issues|problems|condition)|(?:back|neck|knee|shoulder) (?:problems|pain|injury)`,
      String.raw`chronisch ziek(?:e)?|chronische (?:ziekte|aandoening|pijn)|chronic (?:illness|pain|condition)`,
      String.raw`(?:terminaal|ongeneeslijk|ernstig) ziek|terminally ill|seriously ill`,
      String.raw`\p{L}+ziekten?|ziekte van \p{L}+|(?:gebroken|gescheurde) (?:been|arm|pols|enkel|kruisband|meniscus)`,
      String.raw`broken (?:leg|arm|wrist|ankle)|knieblessure|rugblessure|hernia`,
    ],
    cued: [
      String.raw`ziekte|illness|disease`,
      String.raw`ms(?! ?(?:office|word|excel|teams|access|project|dynamics|365|sql|outlook|windows|paint))`,
      String.raw`allergie|allergieën|allergy|allergies|stroke|anxiety|angststoornis|blessure|injury|diagnose|diagnosis|aandoening|stoornis|disorder`,
    ],
  },
  {
    reason: HealthReason.MEDICATION,
    default: [
      String.raw`anti-?depressiva|anti-?depressivum|antidepressants?|ssri(?:'?s)?`,
      String.raw`paroxetine|sertraline|(?:es)?citalopram|fluoxetine|venlafaxine|duloxetine|mirtazapine|amitriptyline`,
      String.raw`oxazepam|diazepam|lorazepam|temazepam|alprazolam|benzo'?s|benzodiazepine[ns]?`,
      String.raw`xanax|valium|prozac|zoloft|seroxat|lexapro`,
      String.raw`methylfenidaat|methylphenidate|ritaline?|concerta|medikinet|dexamfetamine|adderall`,
      String.raw`quetiapine|seroquel|olanzapine|risperidone?|haloperidol|aripiprazole?|abilify|antipsychotica|antipsychotics`,
      String.raw`insuline|insulin|metformine?|prednison(?:e|olon)?|bloedverdunners?|blood thinners?|acenocoumarol`,
      String.raw`antabus|naltrexone?|morfine|morphine|oxycodone?|oxycontin|tramadol|fentanyl|codeïne`,
      String.raw`slaappil(?:len)?|slaapmiddel(?:en)?|sleeping pills?|kalmeringsmiddel(?:en)?|tranquill?i[sz]ers?`,
      String.raw`b[eè]tablokkers?|beta[- ]?blockers?|anti-?epileptica|levothyroxine|thyrax|medicinale cannabis`,
    ],
    cued: [
      String.raw`lithium(?!-| ?ion| ?batter)`,
      String.raw`medicatie|medicijnen|medicijn|medication|medications|meds|pillen|pills|pijnstillers?|painkillers?`,
    ],
  },
  {
    reason: HealthReason.TREATMENT_OR_CARE_PROVIDER,
    default: [
      String.raw`onder behandeling|in behandeling|under treatment|in therapie|in therapy`,
      String.raw`chemo(?:therapie|kuur|kuren|therapy)?|bestraling(?:en)?`,
      String.raw`geopereerd|bestraald|revalideert|revalideerde|operated on|had surgery|ggz-(?:traject|behandeling)|emdr`,
      String.raw`cognitieve gedragstherapie|dagbehandeling|behandeltraject`,
      String.raw`bedrijfsarts(?:verslag|rapport|advies)|probleemanalyse`,
      String.raw`(?:${BODY}|buik|borst|oog|ogen)operatie|(?:knee|hip|back|shoulder|heart|eye) (?:operation|surgery)`,
      String.raw`(?:ziekenhuis|klinische|psychiatrische) ?opname|opgenomen (?:geweest )?(?:in|op) (?:een |de |het )?(?:psychiatrische|ggz|kliniek)`,
    ],
    cued: [
      String.raw`psycholo(?:og|ge|gen)|psychiater|psychologist|psychiatrist|therapeut|psychotherapeut|therapist`,
      String.raw`fysiotherapeut|fysio|fysiotherapie|physio|physiotherap(?:ist|y)|counsell?ing|counsell?or`,
      String.raw`bedrijfsarts|huisarts|arbo-?arts|verzekeringsarts|neuroloog|cardioloog|oncoloog|orthopeed|reumatoloog`,
      String.raw`internist|longarts|praktijkondersteuner|poh-ggz|ggz|gp|occupational (?:health )?(?:physician|doctor)`,
      String.raw`company doctor|oncologist|neurologist|cardiologist|surgeon`,
      String.raw`therapie|therapy|behandeling|treatment|operatie|surgery|revalidatie|revalideert|rehabilitation`,
      String.raw`ziekenhuis|hospital|kliniek|clinic|cgt|cbt|radiotherap(?:ie|y)|psychotherap(?:ie|y)`,
    ],
  },
  {
    reason: HealthReason.SICK_LEAVE,
    default: [
      String.raw`ziekgemeld|ziek gemeld|(?:ziek|ziekte)melding (?:sinds|per|op|vanaf)|meld(?:t|de|den)? (?:hij |ze |zij )?zich(?: \p{L}+){0,3} ziek`,
      String.raw`ziektewet|ziektejaar|ziektedag|arbeidsongeschikt(?:heid)?|arbeidsongeschikte`,
      String.raw`wia-?(?:keuring|beoordeling|aanvraag|uitkering|traject)|in de wia|(?:iva|wga)-uitkering`,
      String.raw`ziekte(?:periode|verlof|tijd|geschiedenis)|off work (?:with|due to|because of)|zit thuis met|langdurig ziek|(?:deels|gedeeltelijk|volledig|partieel) hersteld|hersteld gemeld|hersteldmelding`,
      String.raw`\d{1,3} ?(?:%|procent) (?:ziek|arbeidsongeschikt|hersteld|afwezig|uitgevallen|ziekgemeld|sick|off sick)`,
      String.raw`ziek thuis|ziek (?:sinds|vanaf|geweest)|sinds \p{L}+ ziek|(?:is|was|ben) (?:al )?(?:\p{L}+ )?ziek`,
      String.raw`on sick leave|off sick|signed off(?: sick| work)?|sick note|fit note|sick since|long-term sick(?:ness)?`,
      String.raw`(?:has been|is|was|been) (?:off )?(?:sick|ill)|unfit for work|incapacity for work`,
    ],
    cued: [
      String.raw`ziekmelding|ziektemelding|ziek|zieke|sick|ill|ziekteverzuim|verzuim|verzuimt|uitgevallen|uitval|sick leave|sickness absence`,
    ],
  },
  {
    reason: HealthReason.PREGNANCY,
    default: [
      String.raw`zwanger(?:e|schap|schappen|schapsverlof|schapsmisselijkheid)?|bevallingsverlof|in verwachting`,
      String.raw`(?:is|ben) uitgerekend|uitgerekende datum|miskraam|ivf(?:-traject)?|vruchtbaarheidsbehandeling`,
      String.raw`pregnan(?:t|cy)|maternity leave|morning sickness|miscarriage|kindje op komst|baby on the way`,
      String.raw`expecting (?:a baby|her first|twins|a child|their first)`,
      String.raw`verwacht(?:en)? (?:\p{L}+ ){0,5}(?:kind|kindje|baby|tweeling)`,
    ],
    cued: [],
  },
  {
    reason: HealthReason.ADDICTION,
    default: [
      String.raw`verslaafd(?:e)?|verslaving(?:en)?|\p{L}+verslaving|verslavings(?:probl\p{L}*|verleden|behandeling|kliniek|traject)`,
      String.raw`alcoholist(?:e|en)?|alcoholisme|alcoholprobl\p{L}*|drankprobl\p{L}*|drugsprobl\p{L}*|gokprobl\p{L}*`,
      String.raw`afgekickt|afkick(?:en|kliniek|traject)?|(?:nu|inmiddels|now) clean|clean (?:sinds|since)|nuchter sinds|sober since|in recovery`,
      String.raw`addict(?:ed|ion|s)?|alcoholics?(?! (?:beverage|drink))|alcoholism|substance (?:ab)?use|drinking problem|drug (?:problem|habit)`,
      String.raw`rehab|anonieme alcoholisten|alcoholics anonymous|narcotics anonymous|aa-(?:meetings?|bijeenkomsten)`,
      String.raw`methadone?|methadonprogramma|cocaïnegebruik|cokegebruik|drinkt te veel|drinks too much|blowt`,
      String.raw`gebruikt (?:drugs|cocaïne|coke|speed|heroïne|ghb|xtc)|uses drugs|gambling (?:problem|addiction)`,
    ],
    cued: [
      String.raw`jellinek|tactus|brijder|verslavingszorg|verslavingsarts|cocaïne|heroïne|drugsgebruik|alcoholgebruik|drug use`,
    ],
  },
];
